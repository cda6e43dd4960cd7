/** Polish strings for editing a map together between laptops (pl.ts includes them). */
export const plCoedit = {
  "button": "Edytuj razem…",
  "toolbar": "Wspólna edycja",
  "dialog": {
    "title": "Edytuj tę mapę razem",
    "intro": "Inne laptopy w tej sieci mogą edytować tę mapę razem z Tobą, na żywo. Dołączają z ekranu startowego za pomocą adresu i kodu poniżej; nic nie opuszcza sali.",
    "addresses": "Laptopy mogą połączyć się z tym komputerem przez",
    "start": "Zacznij wspólną edycję",
    "starting": "Uruchamianie…",
    "address": "Adres",
    "code": "Kod",
    "qr": "Kod QR adresu {{url}}",
    "close": "Zamknij",
    "noAddresses": "Ten komputer nie jest w żadnej sieci lokalnej."
  },
  "join": {
    "heading": "Dołącz do mapy w tej sieci",
    "intro": "Wpisz adres i kod, które pokazuje „Edytuj razem…” na laptopie gospodarza.",
    "address": "Adres gospodarza",
    "addressHint": "na przykład 192.168.1.20:52000",
    "code": "Kod",
    "submit": "Dołącz",
    "joining": "Dołączanie…",
    "badAddress": "To nie jest adres z portem, taki jak 192.168.1.20:52000.",
    "failed": "Z tego adresu z tym kodem nie przyszła żadna mapa. Sprawdź oba i czy oba laptopy są w tej samej sieci."
  },
  "bar": {
    "label": "Wspólna edycja",
    "host_one": "Wspólna edycja: połączony {{count, number}} inny laptop",
    "host_few": "Wspólna edycja: połączone {{count, number}} inne laptopy",
    "host_many": "Wspólna edycja: połączonych {{count, number}} innych laptopów",
    "host_other": "Wspólna edycja: połączono {{count, number}} innego laptopa",
    "online": "Edytujesz razem z gospodarzem",
    "connecting": "Łączenie z gospodarzem…",
    "offline": "Praca osobno: Twoje zmiany są zachowane i połączą się po ponownym połączeniu.",
    "ended": "Gospodarz przestał udostępniać tę mapę. Twoja kopia zostaje tutaj: zapisz ją i scal później z mapą gospodarza.",
    "refused": "Zmiana z innego laptopa nie została zastosowana: mapa stałaby się nieprawidłowa.",
    "goOffline": "Pracuj osobno",
    "goOnline": "Połącz ponownie",
    "saveCopy": "Zapisz kopię…"
  },
  "name": {
    "label": "Twoje imię (widoczne dla innych)",
    "missing": "Wpisz swoje imię: inni zobaczą je przy tym, co zaznaczasz i piszesz.",
    "anonymous": "Bez imienia"
  },
  "people": {
    "label_one": "{{count, number}} osoba edytuje mapę",
    "label_few": "{{count, number}} osoby edytują mapę",
    "label_many": "{{count, number}} osób edytuje mapę",
    "label_other": "{{count, number}} osoby edytuje mapę",
    "you": "{{name}} (Ty)",
    "typing": "{{name}} pisze"
  },
  "lock": {
    "title": "{{name}} pisze w tej karcie",
    "waiting": "Karta otworzy się dla Ciebie, gdy tylko {{name}} przestanie pisać.",
    "cancel": "Anuluj",
    "anyway": "Edytuj mimo to"
  }
};
