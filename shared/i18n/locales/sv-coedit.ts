/** Swedish strings for editing a map together between laptops (sv.ts includes them). */
export const svCoedit = {
  "button": "Redigera tillsammans…",
  "toolbar": "Redigera tillsammans",
  "dialog": {
    "title": "Redigera kartan tillsammans",
    "intro": "Andra datorer i det här nätverket kan redigera kartan med dig, live. De ansluter från sin startskärm med adressen och koden nedan; inget lämnar rummet.",
    "addresses": "Datorer kan nå den här datorn på",
    "start": "Börja redigera tillsammans",
    "starting": "Startar…",
    "address": "Adress",
    "code": "Kod",
    "qr": "QR-kod för {{url}}",
    "close": "Stäng",
    "noAddresses": "Den här datorn är inte ansluten till något lokalt nätverk."
  },
  "join": {
    "heading": "Anslut till en karta i det här nätverket",
    "intro": "Skriv adressen och koden som ”Redigera tillsammans…” visar på värdens dator.",
    "address": "Värdens adress",
    "addressHint": "till exempel 192.168.1.20:52000",
    "code": "Kod",
    "submit": "Anslut",
    "joining": "Ansluter…",
    "badAddress": "Det är inte en adress med port, som 192.168.1.20:52000.",
    "failed": "Ingen karta kom från den adressen med den koden. Kontrollera båda, och att datorerna är i samma nätverk."
  },
  "bar": {
    "label": "Redigera tillsammans",
    "host_one": "Redigerar tillsammans: {{count, number}} annan dator ansluten",
    "host_other": "Redigerar tillsammans: {{count, number}} andra datorer anslutna",
    "online": "Redigerar tillsammans med värden",
    "connecting": "Ansluter till värden…",
    "offline": "Arbetar på egen hand: dina ändringar sparas och slås ihop när du ansluter igen.",
    "ended": "Värden slutade dela kartan. Din kopia finns kvar här: spara den och slå ihop den med värdens senare.",
    "refused": "En ändring från en annan dator tillämpades inte: den skulle göra kartan ogiltig.",
    "goOffline": "Arbeta på egen hand",
    "goOnline": "Anslut igen",
    "saveCopy": "Spara en kopia…"
  },
  "name": {
    "label": "Ditt namn (syns för de andra)",
    "missing": "Skriv ditt namn: de andra ser det vid det du markerar och skriver.",
    "anonymous": "Utan namn"
  },
  "people": {
    "label_one": "{{count, number}} person redigerar kartan",
    "label_other": "{{count, number}} personer redigerar kartan",
    "you": "{{name}} (du)",
    "typing": "{{name}} skriver"
  },
  "lock": {
    "title": "{{name}} skriver i det här kortet",
    "waiting": "Det öppnas för dig så snart {{name}} slutar skriva.",
    "cancel": "Avbryt",
    "anyway": "Redigera ändå"
  }
};
