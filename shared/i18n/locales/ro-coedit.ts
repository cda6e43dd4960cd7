/** Romanian strings for editing a map together between laptops (ro.ts includes them). */
export const roCoedit = {
  "button": "Editați împreună…",
  "toolbar": "Editare împreună",
  "dialog": {
    "title": "Editați harta împreună",
    "intro": "Alte laptopuri din această rețea pot edita harta împreună cu dumneavoastră, în timp real. Se alătură din ecranul de start cu adresa și codul de mai jos; nimic nu iese din sală.",
    "addresses": "Laptopurile pot ajunge la acest computer pe",
    "start": "Începeți editarea împreună",
    "starting": "Se pornește…",
    "address": "Adresă",
    "code": "Cod",
    "qr": "Cod QR pentru {{url}}",
    "close": "Închideți",
    "noAddresses": "Acest computer nu este în nicio rețea locală."
  },
  "join": {
    "heading": "Alăturați-vă unei hărți din această rețea",
    "intro": "Introduceți adresa și codul afișate de „Editați împreună…” pe laptopul gazdei.",
    "address": "Adresa gazdei",
    "addressHint": "de exemplu 192.168.1.20:52000",
    "code": "Cod",
    "submit": "Alăturați-vă",
    "joining": "Se conectează…",
    "badAddress": "Aceasta nu este o adresă cu port, precum 192.168.1.20:52000.",
    "failed": "Nu a venit nicio hartă de la această adresă cu acest cod. Verificați-le pe amândouă și că laptopurile sunt în aceeași rețea."
  },
  "bar": {
    "label": "Editare împreună",
    "host_one": "Editare împreună: {{count, number}} alt laptop conectat",
    "host_few": "Editare împreună: {{count, number}} alte laptopuri conectate",
    "host_other": "Editare împreună: {{count, number}} de alte laptopuri conectate",
    "online": "Editați împreună cu gazda",
    "connecting": "Conectare la gazdă…",
    "offline": "Lucrați separat: modificările sunt păstrate și se unesc când vă reconectați.",
    "ended": "Gazda nu mai partajează harta. Copia dumneavoastră rămâne aici: salvați-o și uniți-o mai târziu cu harta gazdei.",
    "refused": "O modificare de pe alt laptop nu a fost aplicată: ar face harta invalidă.",
    "goOffline": "Lucrați separat",
    "goOnline": "Reconectați",
    "saveCopy": "Salvați o copie…"
  },
  "name": {
    "label": "Numele tău (îl văd ceilalți)",
    "missing": "Scrie-ți numele: ceilalți îl văd lângă ce selectezi și scrii.",
    "anonymous": "Fără nume"
  },
  "people": {
    "label_one": "{{count, number}} persoană editează harta",
    "label_few": "{{count, number}} persoane editează harta",
    "label_other": "{{count, number}} de persoane editează harta",
    "you": "{{name}} (tu)",
    "typing": "{{name}} scrie"
  },
  "lock": {
    "title": "{{name}} scrie în acest card",
    "waiting": "Se deschide pentru tine imediat ce {{name}} termină de scris.",
    "cancel": "Anulează",
    "anyway": "Editează oricum"
  }
};
