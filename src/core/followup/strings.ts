import type { Lang } from '../lang';

export type Register = 'informal' | 'formal';

/** Text of the follow-up email per language and register, written for native readers. */
export interface EmailStrings {
  subject: string;
  greetingOne: string;
  greetingMany: string;
  greetingAll: string;
  purpose: string;
  purposeNoDate: string;
  agreed: string;
  nextSteps: string;
  questions: string;
  nextMeeting: string;
  noDecisions: string;
  noActions: string;
  dueBy: string;
  dueTbd: string;
  dueVague: string;
  confirm: string;
  closing: string;
  and: string;
}

type Pair = Omit<EmailStrings, 'greetingOne' | 'greetingMany' | 'greetingAll' | 'purpose' | 'confirm' | 'closing'>;

const COMMON: Record<Lang, Pair> = {
  en: {
    subject: 'Recap: {title} — {date}',
    purposeNoDate: '',
    agreed: 'What we agreed',
    nextSteps: 'Next steps — who, what, by when',
    questions: 'Open questions',
    nextMeeting: 'Next meeting',
    noDecisions: 'No decisions were recorded.',
    noActions: 'No action items were recorded.',
    dueBy: 'by {date}',
    dueTbd: 'date to be agreed',
    dueVague: 'date to be agreed (noted as “{text}”)',
    and: 'and',
  },
  es: {
    subject: 'Resumen: {title} — {date}',
    purposeNoDate: '',
    agreed: 'Lo que acordamos',
    nextSteps: 'Próximos pasos: quién, qué y para cuándo',
    questions: 'Preguntas abiertas',
    nextMeeting: 'Próxima reunión',
    noDecisions: 'No se anotaron decisiones.',
    noActions: 'No se anotaron tareas.',
    dueBy: 'para el {date}',
    dueTbd: 'fecha por acordar',
    dueVague: 'fecha por acordar (se dijo «{text}»)',
    and: 'y',
  },
  it: {
    subject: 'Riepilogo: {title} — {date}',
    purposeNoDate: '',
    agreed: 'Cosa abbiamo concordato',
    nextSteps: 'Prossimi passi: chi, cosa, entro quando',
    questions: 'Domande aperte',
    nextMeeting: 'Prossima riunione',
    noDecisions: 'Non sono state annotate decisioni.',
    noActions: 'Non sono state annotate azioni.',
    dueBy: 'entro {date}',
    dueTbd: 'data da concordare',
    dueVague: 'data da concordare (si era detto «{text}»)',
    and: 'e',
  },
};

const REGISTER: Record<
  Lang,
  Record<Register, Pick<EmailStrings, 'greetingOne' | 'greetingMany' | 'greetingAll' | 'purpose' | 'confirm' | 'closing' | 'purposeNoDate'>>
> = {
  en: {
    informal: {
      greetingOne: 'Hi {names},',
      greetingMany: 'Hi {names},',
      greetingAll: 'Hi all,',
      purpose: 'Thanks for our meeting on {date}. Here is what we agreed, so that we both have it in writing.',
      purposeNoDate: 'Thanks for our meeting. Here is what we agreed, so that we both have it in writing.',
      confirm:
        'Could you confirm that this is right, or tell me what to change, by {date}? If I don’t hear otherwise, I’ll go ahead as written above.',
      closing: 'Best,',
    },
    formal: {
      greetingOne: 'Dear {names},',
      greetingMany: 'Dear {names},',
      greetingAll: 'Dear all,',
      purpose: 'Thank you for the meeting on {date}. Please find below a summary of what we agreed, for the record.',
      purposeNoDate: 'Thank you for the meeting. Please find below a summary of what we agreed, for the record.',
      confirm:
        'I would be grateful if you could confirm that this summary is correct, or let me know of any changes, by {date}. Otherwise I will proceed as set out above.',
      closing: 'Kind regards,',
    },
  },
  es: {
    informal: {
      greetingOne: 'Hola, {names}:',
      greetingMany: 'Hola, {names}:',
      greetingAll: 'Hola a todos:',
      purpose: 'Gracias por la reunión del {date}. Te resumo lo que acordamos para que quede por escrito.',
      purposeNoDate: 'Gracias por la reunión. Te resumo lo que acordamos para que quede por escrito.',
      confirm:
        '¿Me confirmas que está todo correcto, o me dices qué cambiar, antes del {date}? Si no me dices nada, seguiré con lo acordado.',
      closing: 'Un saludo,',
    },
    formal: {
      greetingOne: 'Buenos días, {names}:',
      greetingMany: 'Buenos días, {names}:',
      greetingAll: 'Buenos días a todos:',
      purpose: 'Gracias por la reunión del {date}. Le resumo a continuación lo acordado, para que conste por escrito.',
      purposeNoDate: 'Gracias por la reunión. Le resumo a continuación lo acordado, para que conste por escrito.',
      confirm:
        '¿Podría confirmarme que el resumen es correcto, o indicarme los cambios, antes del {date}? En caso contrario, procederé según lo indicado.',
      closing: 'Saludos cordiales,',
    },
  },
  it: {
    informal: {
      greetingOne: 'Ciao {names},',
      greetingMany: 'Ciao {names},',
      greetingAll: 'Ciao a tutti,',
      purpose: 'grazie per la riunione di {date}. Ti riassumo quanto abbiamo concordato, così resta tutto per iscritto.',
      purposeNoDate: 'grazie per la riunione. Ti riassumo quanto abbiamo concordato, così resta tutto per iscritto.',
      confirm:
        'Mi confermi che è tutto corretto, o mi dici cosa cambiare, entro {date}? Se non ricevo indicazioni diverse, procedo come scritto sopra.',
      closing: 'Un saluto,',
    },
    formal: {
      greetingOne: 'Gentile {names},',
      greetingMany: 'Gentili {names},',
      greetingAll: 'Gentili tutti,',
      purpose: 'La ringrazio per la riunione di {date}. Le riassumo di seguito quanto concordato, per averlo per iscritto.',
      purposeNoDate: 'La ringrazio per la riunione. Le riassumo di seguito quanto concordato, per averlo per iscritto.',
      confirm:
        'Le chiedo cortesemente di confermarmi che il riepilogo è corretto, o di indicarmi eventuali modifiche, entro {date}. In caso contrario procederò come indicato sopra.',
      closing: 'Cordiali saluti,',
    },
  },
};

/** The sentences that address the reader, for several readers: "Os resumo", "Les resumo", "Vi riassumo". */
const PLURAL: Record<Lang, Record<Register, Pick<EmailStrings, 'purpose' | 'purposeNoDate' | 'confirm'>>> = {
  en: {
    informal: {
      purpose: REGISTER.en.informal.purpose,
      purposeNoDate: REGISTER.en.informal.purposeNoDate,
      confirm: REGISTER.en.informal.confirm,
    },
    formal: { purpose: REGISTER.en.formal.purpose, purposeNoDate: REGISTER.en.formal.purposeNoDate, confirm: REGISTER.en.formal.confirm },
  },
  es: {
    informal: {
      purpose: 'Gracias por la reunión del {date}. Os resumo lo que acordamos para que quede por escrito.',
      purposeNoDate: 'Gracias por la reunión. Os resumo lo que acordamos para que quede por escrito.',
      confirm:
        '¿Me confirmáis que está todo correcto, o me decís qué cambiar, antes del {date}? Si no me decís nada, seguiré con lo acordado.',
    },
    formal: {
      purpose: 'Gracias por la reunión del {date}. Les resumo a continuación lo acordado, para que conste por escrito.',
      purposeNoDate: 'Gracias por la reunión. Les resumo a continuación lo acordado, para que conste por escrito.',
      confirm:
        '¿Podrían confirmarme que el resumen es correcto, o indicarme los cambios, antes del {date}? En caso contrario, procederé según lo indicado.',
    },
  },
  it: {
    informal: {
      purpose: 'grazie per la riunione di {date}. Vi riassumo quanto abbiamo concordato, così resta tutto per iscritto.',
      purposeNoDate: 'grazie per la riunione. Vi riassumo quanto abbiamo concordato, così resta tutto per iscritto.',
      confirm:
        'Mi confermate che è tutto corretto, o mi dite cosa cambiare, entro {date}? Se non ricevo indicazioni diverse, procedo come scritto sopra.',
    },
    formal: {
      purpose: 'Vi ringrazio per la riunione di {date}. Vi riassumo di seguito quanto concordato, per averlo per iscritto.',
      purposeNoDate: 'Vi ringrazio per la riunione. Vi riassumo di seguito quanto concordato, per averlo per iscritto.',
      confirm:
        'Vi chiedo cortesemente di confermarmi che il riepilogo è corretto, o di indicarmi eventuali modifiche, entro {date}. In caso contrario procederò come indicato sopra.',
    },
  },
};

/** The email's strings; `plural` when it greets several people (or all). */
export function emailStrings(lang: Lang, register: Register, plural = false): EmailStrings {
  return { ...COMMON[lang], ...REGISTER[lang][register], ...(plural ? PLURAL[lang][register] : {}) };
}

/** All strings, for the localization test. */
export const ALL_EMAIL_STRINGS = { COMMON, REGISTER, PLURAL };
