/** English strings for editing a map together between laptops (en.ts includes them). */
export const enCoedit = {
  "button": "Edit together…",
  "toolbar": "Editing together",
  "dialog": {
    "title": "Edit this map together",
    "intro": "Other laptops on this network can edit this map with you, live. They join from their start screen with the address and code below; nothing leaves the room.",
    "addresses": "Laptops may reach this computer on",
    "start": "Start editing together",
    "starting": "Starting…",
    "address": "Address",
    "code": "Code",
    "qr": "QR code of {{url}}",
    "close": "Close",
    "noAddresses": "This computer is on no local network."
  },
  "join": {
    "heading": "Join a map on this network",
    "intro": "Type the address and code shown by “Edit together…” on the host’s laptop.",
    "address": "Host’s address",
    "addressHint": "for example 192.168.1.20:52000",
    "code": "Code",
    "submit": "Join",
    "joining": "Joining…",
    "badAddress": "That is not an address with a port, such as 192.168.1.20:52000.",
    "failed": "No map came from that address with that code. Check both, and that both laptops are on the same network."
  },
  "bar": {
    "label": "Editing together",
    "host_one": "Editing together: {{count, number}} other laptop connected",
    "host_other": "Editing together: {{count, number}} other laptops connected",
    "online": "Editing together with the host",
    "connecting": "Connecting to the host…",
    "offline": "Working apart: your edits are kept and merge when you reconnect.",
    "ended": "The host stopped sharing this map. Your copy stays here: save it, and merge it into theirs later.",
    "refused": "A change from another laptop was not applied: it would make the map invalid.",
    "goOffline": "Work apart",
    "goOnline": "Reconnect",
    "saveCopy": "Save a copy…"
  },
  "name": {
    "label": "Your name (the others see it)",
    "missing": "Type your name: the others see it beside what you select and type.",
    "anonymous": "No name"
  },
  "people": {
    "label_one": "{{count, number}} person editing this map",
    "label_other": "{{count, number}} people editing this map",
    "you": "{{name}} (you)",
    "typing": "{{name}} is typing"
  },
  "lock": {
    "title": "{{name}} is typing in this card",
    "waiting": "It opens for you as soon as {{name}} stops typing.",
    "cancel": "Cancel",
    "anyway": "Edit anyway"
  }
};
