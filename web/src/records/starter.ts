// Starter data for new merchants: the usual categories, purposes and retention rules of a small
// EU web shop, copied from examples/seed-store.json. The merchant reviews and adapts them.
import type { DataCategory, Purpose, RetentionRule } from './types.ts';

export const STARTER_CATEGORIES: DataCategory[] = [
  {
    "key": "email",
    "name": {
      "en": "Email address",
      "de": "E-Mail-Adresse",
      "fr": "Adresse e-mail",
      "lv": "E-pasta adrese",
      "es": "Dirección de correo electrónico",
      "it": "Indirizzo e-mail",
      "nl": "E-mailadres",
      "pl": "Adres e-mail"
    },
    "description": "The email address a customer gives at checkout, in their account or when subscribing.",
    "source": "customer",
    "examples": [
      "name@example.com"
    ]
  },
  {
    "key": "order_details",
    "name": {
      "en": "Order and transaction details",
      "de": "Bestell- und Transaktionsdaten",
      "fr": "Détails des commandes et des transactions",
      "lv": "Pasūtījumu un darījumu dati",
      "es": "Datos de pedidos y transacciones",
      "it": "Dati degli ordini e delle transazioni",
      "nl": "Bestel- en transactiegegevens",
      "pl": "Dane zamówień i transakcji"
    },
    "description": "What was ordered, prices, payment status, shipping and billing addresses, invoices.",
    "source": "customer",
    "examples": [
      "order number",
      "products",
      "amount paid",
      "shipping address"
    ]
  },
  {
    "key": "device_data",
    "name": {
      "en": "IP address and device data",
      "de": "IP-Adresse und Gerätedaten",
      "fr": "Adresse IP et données relatives à l’appareil",
      "lv": "IP adrese un ierīces dati",
      "es": "Dirección IP y datos del dispositivo",
      "it": "Indirizzo IP e dati del dispositivo",
      "nl": "IP-adres en apparaatgegevens",
      "pl": "Adres IP i dane urządzenia"
    },
    "description": "Collected automatically when someone visits the store.",
    "source": "automatic",
    "examples": [
      "IP address",
      "browser",
      "operating system"
    ]
  },
  {
    "key": "cookie_data",
    "name": {
      "en": "Cookies and session-related technical data",
      "de": "Cookies und sitzungsbezogene technische Daten",
      "fr": "Cookies et données techniques liées à la session",
      "lv": "Sīkdatnes un ar sesiju saistītie tehniskie dati",
      "es": "Cookies y datos técnicos de la sesión",
      "it": "Cookie e dati tecnici relativi alla sessione",
      "nl": "Cookies en technische sessiegegevens",
      "pl": "Pliki cookie i dane techniczne sesji"
    },
    "description": "Cookie identifiers and session data set by the store and, after consent, by analytics tools.",
    "source": "automatic"
  },
  {
    "key": "contact_details",
    "name": {
      "en": "Name and other contact information (if voluntarily provided)",
      "de": "Name und weitere Kontaktdaten (sofern freiwillig angegeben)",
      "fr": "Nom et autres coordonnées (si fournis volontairement)",
      "lv": "Vārds, uzvārds un cita kontaktinformācija (ja sniegta brīvprātīgi)",
      "es": "Nombre y otros datos de contacto (si se facilitan voluntariamente)",
      "it": "Nome e altri dati di contatto (se forniti volontariamente)",
      "nl": "Naam en andere contactgegevens (indien vrijwillig verstrekt)",
      "pl": "Imię i nazwisko oraz inne dane kontaktowe (jeśli zostały podane dobrowolnie)"
    },
    "description": "Name, phone number and similar details a customer chooses to give.",
    "source": "customer",
    "examples": [
      "first and last name",
      "phone number"
    ]
  }
];

export const STARTER_PURPOSES: Purpose[] = [
  {
    "key": "orders",
    "name": {
      "en": "To fulfill and manage orders",
      "de": "Zur Abwicklung und Verwaltung von Bestellungen",
      "fr": "Pour exécuter et gérer les commandes",
      "lv": "Pasūtījumu izpildei un pārvaldībai",
      "es": "Para ejecutar y gestionar los pedidos",
      "it": "Per evadere e gestire gli ordini",
      "nl": "Om bestellingen uit te voeren en te beheren",
      "pl": "W celu realizacji zamówień i zarządzania nimi"
    },
    "description": "Taking payment, shipping the goods, handling returns and keeping the customer informed about the order.",
    "legalBasis": "contract",
    "categories": [
      "email",
      "order_details",
      "contact_details"
    ]
  },
  {
    "key": "legal_obligations",
    "name": {
      "en": "To comply with legal obligations, such as tax or accounting",
      "de": "Zur Erfüllung gesetzlicher Pflichten, etwa im Steuer- und Rechnungswesen",
      "fr": "Pour respecter nos obligations légales, notamment fiscales et comptables",
      "lv": "Juridisko pienākumu izpildei, piemēram, nodokļu un grāmatvedības jomā",
      "es": "Para cumplir obligaciones legales, por ejemplo fiscales y contables",
      "it": "Per adempiere obblighi di legge, ad esempio fiscali e contabili",
      "nl": "Om te voldoen aan wettelijke verplichtingen, bijvoorbeeld op fiscaal en boekhoudkundig gebied",
      "pl": "W celu wypełnienia obowiązków prawnych, np. podatkowych i rachunkowych"
    },
    "description": "Keeping invoices and accounting records as tax and accounting law requires.",
    "legalBasis": "legal_obligation",
    "categories": [
      "order_details",
      "contact_details"
    ]
  },
  {
    "key": "fraud_support_improvement",
    "name": {
      "en": "To prevent fraud, provide support, and improve our services",
      "de": "Zur Betrugsprävention, für den Kundensupport und zur Verbesserung unserer Leistungen",
      "fr": "Pour prévenir la fraude, assurer l’assistance et améliorer nos services",
      "lv": "Krāpšanas novēršanai, atbalsta sniegšanai un mūsu pakalpojumu uzlabošanai",
      "es": "Para prevenir el fraude, prestar asistencia y mejorar nuestros servicios",
      "it": "Per prevenire le frodi, fornire assistenza e migliorare i nostri servizi",
      "nl": "Om fraude te voorkomen, ondersteuning te bieden en onze diensten te verbeteren",
      "pl": "W celu zapobiegania oszustwom, zapewniania wsparcia i ulepszania naszych usług"
    },
    "description": "Checking suspicious orders, answering questions and finding what to improve in the store.",
    "legalBasis": "legitimate_interest",
    "legitimateInterest": {
      "en": "preventing fraud, helping our customers and improving our services",
      "de": "Betrugsvermeidung, Unterstützung unserer Kundinnen und Kunden und Verbesserung unserer Leistungen",
      "fr": "prévenir la fraude, aider nos clients et améliorer nos services",
      "lv": "krāpšanas novēršana, palīdzība mūsu klientiem un pakalpojumu uzlabošana",
      "es": "prevenir el fraude, ayudar a nuestros clientes y mejorar nuestros servicios",
      "it": "prevenire le frodi, assistere i nostri clienti e migliorare i nostri servizi",
      "nl": "fraude voorkomen, onze klanten helpen en onze diensten verbeteren",
      "pl": "zapobieganie oszustwom, pomoc naszym klientom i ulepszanie naszych usług"
    },
    "categories": [
      "email",
      "order_details",
      "device_data",
      "contact_details"
    ]
  },
  {
    "key": "marketing",
    "name": {
      "en": "To send marketing communications",
      "de": "Zum Versand von Werbemitteilungen",
      "fr": "Pour envoyer des communications marketing",
      "lv": "Mārketinga paziņojumu sūtīšanai",
      "es": "Para enviar comunicaciones de marketing",
      "it": "Per inviare comunicazioni di marketing",
      "nl": "Om marketingberichten te versturen",
      "pl": "W celu wysyłania informacji marketingowych"
    },
    "description": "Newsletters and offers by email, only to people who opted in.",
    "legalBasis": "consent",
    "categories": [
      "email",
      "contact_details"
    ]
  }
];

export const STARTER_RETENTION: RetentionRule[] = [
  {
    "category": "order_details",
    "period": {
      "amount": 5,
      "unit": "years"
    },
    "trigger": "since_order",
    "minimum": true
  },
  {
    "category": "email",
    "period": {
      "amount": 2,
      "unit": "years"
    },
    "trigger": "until_consent_withdrawn_or_inactivity"
  },
  {
    "category": "contact_details",
    "period": {
      "amount": 2,
      "unit": "years"
    },
    "trigger": "until_consent_withdrawn_or_inactivity"
  }
];
