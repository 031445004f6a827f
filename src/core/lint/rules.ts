import type { RuleDef } from './types';

/**
 * The rule registry. Each rule traces back to the seed advice: lower your tone, separate the
 * personal from the professional, be assertive rather than complacent, manage expectations with
 * concrete dates, mark your limits, wait before answering a "bomb" email.
 */
export const RULES: readonly RuleDef[] = [
  // ── defensive ────────────────────────────────────────────────────────────────────────────
  {
    id: 'reproachful-reminder',
    category: 'defensive',
    severity: 'warning',
    matcher: 'phrases',
    title: { en: 'Reproachful reminder', es: 'Recordatorio con reproche', it: 'Promemoria con rimprovero' },
    why: {
      en: 'It points back at your earlier messages and at who did not read them, which puts the client on the defensive. Restate the point on its own.',
      es: 'Señala tus mensajes anteriores y a quien no los leyó, y pone al cliente a la defensiva. Vuelve a exponer el punto sin reproche.',
      it: 'Rimanda ai tuoi messaggi precedenti e a chi non li ha letti, e mette il cliente sulla difensiva. Riformula il punto senza rimprovero.',
    },
    examples: {
      en: { bad: 'As I already said, the copy was due on the 3rd.', good: 'To recap, the copy was due on the 3rd.' },
      es: { bad: 'Como ya te dije, las fotos eran para el martes.', good: 'Para recapitular, las fotos eran para el martes.' },
      it: { bad: 'Come ti ho già detto, i testi dovevano arrivare lunedì.', good: 'Riepilogando, i testi dovevano arrivare lunedì.' },
    },
  },
  {
    id: 'blame-shifting',
    category: 'defensive',
    severity: 'warning',
    matcher: 'phrases',
    title: { en: 'Blame-shifting', es: 'Echar la culpa', it: 'Scaricare la colpa' },
    why: {
      en: 'Arguing about whose fault it is makes it personal and keeps the problem open. State the facts and the next step.',
      es: 'Discutir de quién es la culpa lo vuelve personal y deja el problema abierto. Expón los hechos y el siguiente paso.',
      it: 'Discutere di chi è la colpa rende tutto personale e lascia aperto il problema. Esponi i fatti e il passo successivo.',
    },
    examples: {
      en: {
        bad: "It's not my fault the launch slipped.",
        good: 'The launch moved because the copy arrived on the 14th; the new date is 2 December.',
      },
      es: { bad: 'Esto no es culpa mía.', good: 'Las fotos llegaron el 14, así que la entrega pasa al 2 de diciembre.' },
      it: { bad: 'Questo slittamento non è colpa mia.', good: 'Le foto sono arrivate il 14, quindi la consegna passa al 2 dicembre.' },
    },
  },
  {
    id: 'hindsight-reproach',
    category: 'defensive',
    severity: 'warning',
    matcher: 'phrases',
    title: { en: 'Hindsight reproach', es: 'Reproche a posteriori', it: 'Rimprovero a posteriori' },
    why: {
      en: '"You should have told me" judges the past; the client can only get defensive. Say what you need from now on.',
      es: '"Me lo tendrías que haber dicho" juzga el pasado; el cliente solo puede defenderse. Di qué necesitas a partir de ahora.',
      it: '"Avresti dovuto dirmelo" giudica il passato; il cliente può solo difendersi. Di\' cosa ti serve d\'ora in poi.',
    },
    examples: {
      en: {
        bad: 'You should have told me about the second language.',
        good: 'From now on, please send scope changes in writing before I start.',
      },
      es: {
        bad: 'Me lo tendrías que haber dicho antes.',
        good: 'A partir de ahora, envíame los cambios de alcance por escrito antes de empezar.',
      },
      it: { bad: 'Avresti dovuto dirmelo prima.', good: "D'ora in poi, mandami le modifiche di ambito per iscritto prima che inizi." },
    },
  },
  {
    id: 'self-justification',
    category: 'defensive',
    severity: 'warning',
    matcher: 'phrases',
    title: { en: 'Self-justification', es: 'Justificación defensiva', it: 'Autogiustificazione' },
    why: {
      en: 'Offering your compliance as a shield frames the client as the problem. Describe what was delivered and what happens next.',
      es: 'Escudarte en que cumpliste presenta al cliente como el problema. Describe lo entregado y lo que sigue.',
      it: 'Farti scudo del fatto di aver eseguito presenta il cliente come il problema. Descrivi cosa hai consegnato e cosa succede ora.',
    },
    examples: {
      en: {
        bad: 'Honestly, I did exactly what you asked for in the brief.',
        good: 'The layout follows the brief of 3 November; here is what changes if we adjust it.',
      },
      es: {
        bad: 'Yo hice exactamente lo que me pediste en el briefing.',
        good: 'La maqueta sigue el briefing del 3 de noviembre; esto es lo que cambia si la ajustamos.',
      },
      it: {
        bad: 'Guarda che ho fatto esattamente quello che avevi chiesto nel brief.',
        good: 'Il layout segue il brief del 3 novembre; ecco cosa cambia se lo modifichiamo.',
      },
    },
  },
  {
    id: 'combative-preamble',
    category: 'defensive',
    severity: 'warning',
    matcher: 'phrases',
    safeFix: true,
    title: { en: 'Combative preamble', es: 'Preámbulo combativo', it: 'Preambolo polemico' },
    why: {
      en: '"With all due respect" announces disrespect. Drop it and make the point plainly.',
      es: '"Con todo respeto" anuncia justo lo contrario. Quítalo y di lo que quieres decir.',
      it: '"Con tutto il rispetto" annuncia il contrario. Toglilo e vai al punto.',
    },
    examples: {
      en: { bad: 'With all due respect, that is not what we agreed.', good: 'That is not what we agreed on 12 November.' },
      es: { bad: 'Con todo respeto, eso no es lo que acordamos.', good: 'Eso no es lo que acordamos el 12 de noviembre.' },
      it: {
        bad: 'Con tutto il rispetto, non è quello che avevamo concordato.',
        good: 'Non è quello che avevamo concordato il 12 novembre.',
      },
    },
  },
  // ── people_pleasing ──────────────────────────────────────────────────────────────────────
  {
    id: 'needless-apology',
    category: 'people_pleasing',
    severity: 'warning',
    matcher: 'phrases',
    title: { en: 'Needless apology', es: 'Disculpa innecesaria', it: 'Scusa non necessaria' },
    why: {
      en: 'Apologising for writing, asking or being thorough makes you smaller. Thank the client or just ask.',
      es: 'Disculparte por escribir, preguntar o extenderte te empequeñece. Da las gracias o pregunta sin más.',
      it: 'Scusarti per aver scritto, chiesto o essere stato preciso ti sminuisce. Ringrazia o chiedi e basta.',
    },
    examples: {
      en: { bad: 'Sorry to bother you, but are the photos final?', good: 'Are the photos final?' },
      es: { bad: 'Perdona la molestia, ¿las fotos son definitivas?', good: '¿Las fotos son definitivas?' },
      it: { bad: 'Scusa il disturbo, le foto sono definitive?', good: 'Le foto sono definitive?' },
    },
  },
  {
    id: 'over-apology',
    category: 'people_pleasing',
    severity: 'warning',
    matcher: 'phrases',
    title: { en: 'Over-apology', es: 'Disculpa excesiva', it: 'Scuse eccessive' },
    why: {
      en: 'Repeated or intensified apologies sound anxious. Apologise once, own the error and give the fix.',
      es: 'Las disculpas repetidas o exageradas suenan a ansiedad. Discúlpate una vez, asume el error y da la solución.',
      it: "Scuse ripetute o esagerate suonano ansiose. Scusati una volta, assumi l'errore e proponi la soluzione.",
    },
    examples: {
      en: { bad: "I'm so so sorry for the late reply.", good: 'Sorry for the late reply; the file is attached.' },
      es: { bad: 'Lo siento muchísimo, de verdad.', good: 'Gracias por la paciencia: aquí tienes el presupuesto.' },
      it: { bad: 'Scusa scusa scusa, lo so.', good: 'Grazie per la pazienza: ecco il preventivo.' },
    },
  },
  {
    id: 'minimising-just',
    category: 'people_pleasing',
    severity: 'info',
    matcher: 'phrases',
    title: { en: 'Minimising "just"', es: '"Solo" que minimiza', it: '"Solo" che sminuisce' },
    why: {
      en: '"Just checking in" shrinks a legitimate request. Ask directly, with the date you need an answer by.',
      es: '"Solo quería saber" encoge una petición legítima. Pregunta directamente y di para cuándo necesitas la respuesta.',
      it: '"Volevo solo sapere" sminuisce una richiesta legittima. Chiedi direttamente e indica entro quando ti serve la risposta.',
    },
    examples: {
      en: { bad: 'Just wanted to check if you saw the proposal.', good: 'Could you confirm the proposal by Friday?' },
      es: { bad: 'Solo quería saber si viste la propuesta.', good: '¿Me confirmas la propuesta antes del viernes?' },
      it: { bad: 'Volevo solo sapere se hai visto la proposta.', good: 'Mi confermi la proposta entro venerdì?' },
    },
  },
  {
    id: 'reassurance-seeking',
    category: 'people_pleasing',
    severity: 'warning',
    matcher: 'phrases',
    title: { en: 'Reassurance-seeking', es: 'Buscar aprobación', it: 'Cercare rassicurazione' },
    why: {
      en: '"I hope that\'s okay" asks permission for a decision that is yours. State it, and ask for a reply by a date if you need one.',
      es: '"Espero que no haya problema" pide permiso para una decisión que es tuya. Exponla y, si necesitas respuesta, pon fecha.',
      it: '"Spero vada bene" chiede il permesso per una decisione che è tua. Esponila e, se serve una risposta, indica una data.',
    },
    examples: {
      en: {
        bad: "The menu moved to the left, I hope that's ok with you.",
        good: 'The menu moved to the left to match the logo; tell me by Friday if you want it back.',
      },
      es: { bad: 'Espero que no haya problema.', good: 'Si prefieres otra opción, dímelo antes del viernes.' },
      it: { bad: 'Spero non sia un problema.', good: "Se preferisci un'altra soluzione, dimmelo entro venerdì." },
    },
  },
  {
    id: 'comprehension-check',
    category: 'people_pleasing',
    severity: 'info',
    matcher: 'phrases',
    title: { en: 'Undermining comprehension check', es: 'Comprobación que resta fuerza', it: 'Verifica che indebolisce' },
    why: {
      en: '"Does that make sense?" suggests your message might not. Invite questions instead.',
      es: '"¿Tiene sentido?" sugiere que tu mensaje quizá no lo tenga. Invita a preguntar.',
      it: '"Ha senso?" suggerisce che il tuo messaggio forse non ne ha. Invita a fare domande.',
    },
    examples: {
      en: { bad: 'We keep two columns on mobile, does that make sense?', good: 'We keep two columns on mobile. Questions are welcome.' },
      es: { bad: '¿Tiene sentido?', good: 'Si tienes dudas, pregúntame.' },
      it: { bad: 'Ha senso?', good: 'Se hai domande, chiedimi pure.' },
    },
  },
  {
    id: 'giving-up-position',
    category: 'people_pleasing',
    severity: 'warning',
    matcher: 'phrases',
    title: { en: 'Giving up your position', es: 'Renunciar a tu posición', it: 'Rinunciare alla tua posizione' },
    why: {
      en: 'Handing the client every choice, including your schedule, invites more demands. Offer concrete options and a date.',
      es: 'Dejar todas las decisiones al cliente, incluida tu agenda, invita a exigir más. Ofrece opciones concretas y una fecha.',
      it: 'Lasciare al cliente ogni scelta, anche la tua agenda, invita a chiedere di più. Proponi opzioni concrete e una data.',
    },
    examples: {
      en: {
        bad: 'Happy to begin whenever works for you.',
        good: 'I can start on Monday 7 December or Monday 14 December; which do you prefer?',
      },
      es: { bad: 'Lo que tú prefieras, yo me adapto.', good: 'Puedo empezar el lunes 7 o el lunes 14 de diciembre; ¿qué prefieres?' },
      it: { bad: 'Come preferisci tu, io mi adatto.', good: 'Posso iniziare lunedì 7 o lunedì 14 dicembre; cosa preferisci?' },
    },
  },
  {
    id: 'withdrawn-request',
    category: 'people_pleasing',
    severity: 'warning',
    matcher: 'phrases',
    title: { en: 'Request withdrawn as it is made', es: 'Petición que se retira al hacerla', it: 'Richiesta ritirata mentre la fai' },
    why: {
      en: 'Hedging a recommendation ("no pressure", "I\'m not an expert, but") tells the client to ignore it. Recommend, and give your reason.',
      es: 'Suavizar una recomendación ("sin presión", "no soy experta, pero") invita a ignorarla. Recomienda y da tu motivo.',
      it: 'Attenuare un consiglio ("nessuna pressione", "non sono un esperto, ma") invita a ignorarlo. Consiglia e spiega il motivo.',
    },
    examples: {
      en: {
        bad: "I'm not an expert or anything, but the signup form is too long.",
        good: 'I recommend cutting the signup form to three fields: each extra field loses people.',
      },
      es: {
        bad: 'No soy experta ni nada, pero el pago tiene demasiados pasos.',
        good: 'Te recomiendo reducir el pago a dos pasos: cada paso extra pierde compradores.',
      },
      it: {
        bad: 'Non sono un esperto, ma il checkout ha troppi passaggi.',
        good: 'Consiglio di ridurre il checkout a due passaggi: ogni passaggio in più fa perdere acquirenti.',
      },
    },
  },
  {
    id: 'waving-away-cost',
    category: 'people_pleasing',
    severity: 'warning',
    matcher: 'phrases',
    title: { en: 'Waving away a cost', es: 'Quitar importancia a un coste', it: 'Minimizzare un costo' },
    why: {
      en: '"No problem at all" about out-of-scope work teaches the client it is free. Name the change and its price or date impact.',
      es: '"No te preocupes" ante trabajo fuera de alcance enseña que es gratis. Nombra el cambio y su impacto en precio o plazo.',
      it: '"Figurati" davanti a lavoro extra insegna che è gratis. Indica la modifica e il suo impatto su prezzo o tempi.',
    },
    examples: {
      en: {
        bad: 'No problem at all about the extra pages.',
        good: 'The two extra pages are a change request: 1 day, 650 EUR, delivery moves to Friday.',
      },
      es: {
        bad: 'No te preocupes por las páginas extra.',
        good: 'Las dos páginas extra son un cambio de alcance: 1 día, 360 €, y la entrega pasa al viernes.',
      },
      it: {
        bad: 'Figurati, non mi pesa per niente.',
        good: 'Le due pagine in più sono una modifica: 1 giorno, 500 €, consegna spostata a venerdì.',
      },
    },
  },
  // ── heat ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'shouting',
    category: 'heat',
    severity: 'warning',
    matcher: 'caps',
    safeFix: true,
    title: { en: 'Shouting in capitals', es: 'Mayúsculas que gritan', it: 'Maiuscole che urlano' },
    why: {
      en: 'Words in capitals read as shouting. Lower the tone: write them normally and let the facts carry the weight.',
      es: 'Las palabras en mayúsculas se leen como gritos. Baja el tono: escríbelas normal y deja que los hechos pesen.',
      it: 'Le parole in maiuscolo si leggono come urla. Abbassa i toni: scrivile normalmente e lascia parlare i fatti.',
    },
    examples: {
      en: { bad: 'PLEASE STOP changing the shared folder.', good: 'Please stop changing the shared folder.' },
      es: { bad: 'NO TOQUES los archivos.', good: 'Por favor, no toques los archivos.' },
      it: { bad: 'NON MODIFICARE i file.', good: 'Per favore, non modificare i file.' },
    },
  },
  {
    id: 'stacked-punctuation',
    category: 'heat',
    severity: 'warning',
    matcher: 'punctuation',
    safeFix: true,
    title: { en: 'Stacked punctuation', es: 'Signos acumulados', it: 'Punteggiatura accumulata' },
    why: {
      en: '"!!!" and "?!" read as anger or disbelief. One mark is enough.',
      es: '"!!!" y "?!" se leen como enfado o incredulidad. Con un signo basta.',
      it: '"!!!" e "?!" si leggono come rabbia o incredulità. Basta un segno.',
    },
    examples: {
      en: { bad: 'Nobody has answered!!!', good: 'Nobody has answered yet.' },
      es: { bad: '¡Nadie me ha contestado!!!', good: 'Todavía no he recibido respuesta.' },
      it: { bad: 'Nessuno mi ha risposto!!!', good: 'Non ho ancora ricevuto risposta.' },
    },
  },
  {
    id: 'sarcasm',
    category: 'heat',
    severity: 'warning',
    matcher: 'phrases',
    title: { en: 'Sarcasm or a jab', es: 'Sarcasmo o pulla', it: 'Sarcasmo o frecciata' },
    why: {
      en: 'Sarcasm, jabs, rhetorical questions and threats are read literally by nobody and resented by everybody. Say what happened and what you need.',
      es: 'El sarcasmo, las pullas, las preguntas retóricas y las amenazas no los lee nadie al pie de la letra y los resiente todo el mundo. Di qué pasó y qué necesitas.',
      it: "Sarcasmo, frecciate, domande retoriche e minacce non li prende nessuno alla lettera e li mal sopportano tutti. Di' cosa è successo e cosa ti serve.",
    },
    examples: {
      en: { bad: 'Thanks for finally replying.', good: 'Thanks for your reply.' },
      es: {
        bad: 'Vaya, qué sorpresa, otra vez sin acceso al servidor...',
        good: 'No tengo acceso al servidor; ¿me lo puedes reactivar hoy?',
      },
      it: { bad: 'Che sorpresa, di nuovo senza accesso al server...', good: 'Non ho accesso al server: puoi riattivarlo oggi?' },
    },
  },
  // ── vague_commitment ─────────────────────────────────────────────────────────────────────
  {
    id: 'vague-timing',
    category: 'vague_commitment',
    severity: 'warning',
    matcher: 'phrases',
    guards: ['unanchored'],
    title: { en: 'Vague commitment', es: 'Compromiso vago', it: 'Impegno vago' },
    why: {
      en: '"ASAP" and "in a few days" mean different dates to you and to the client. Promise a concrete day and time.',
      es: '"Lo antes posible" y "en unos días" significan fechas distintas para ti y para el cliente. Promete un día y una hora concretos.',
      it: '"Il prima possibile" e "tra qualche giorno" significano date diverse per te e per il cliente. Prometti un giorno e un\'ora precisi.',
    },
    examples: {
      en: { bad: "I'll send the revised version ASAP.", good: "I'll send the revised version by Wednesday 25 November, 17:00." },
      es: {
        bad: 'Los cambios te llegan lo antes posible.',
        good: 'Los cambios te llegan el miércoles 25 de noviembre antes de las 17:00.',
      },
      it: { bad: 'Le modifiche arrivano il prima possibile.', good: 'Le modifiche arrivano mercoledì 25 novembre entro le 17.' },
    },
  },
  {
    id: 'non-promise',
    category: 'vague_commitment',
    severity: 'warning',
    matcher: 'phrases',
    title: { en: 'Promise of nothing', es: 'Promesa de nada', it: 'Promessa di niente' },
    why: {
      en: '"I\'ll see what I can do" sets no expectation at all. Say what you will do and by when, or say no.',
      es: '"Veré qué puedo hacer" no fija ninguna expectativa. Di qué harás y cuándo, o di que no.',
      it: '"Vedrò cosa posso fare" non fissa nessuna aspettativa. Di\' cosa farai ed entro quando, oppure di\' di no.',
    },
    examples: {
      en: {
        bad: "I'll see what I can do, but I can't promise anything.",
        good: 'I can deliver the banner on Thursday; the video needs until Tuesday.',
      },
      es: { bad: 'Con el logo veré qué puedo hacer.', good: 'El logo te lo entrego el jueves; el vídeo, el martes.' },
      it: { bad: 'Vedo cosa posso fare, ma non ti prometto niente.', good: 'Il banner te lo consegno giovedì; il video martedì.' },
    },
  },
  // ── boundary_leak ────────────────────────────────────────────────────────────────────────
  {
    id: 'unlimited-availability',
    category: 'boundary_leak',
    severity: 'warning',
    matcher: 'phrases',
    title: { en: 'Unlimited availability', es: 'Disponibilidad sin límites', it: 'Disponibilità senza limiti' },
    why: {
      en: 'Offering to be reachable any time is how WhatsApps at 11 on a Saturday start. State your hours and what counts as urgent.',
      es: 'Ofrecerte a cualquier hora es como empiezan los WhatsApp a las 11 de un sábado. Indica tu horario y qué se considera urgente.',
      it: 'Offrirti a qualsiasi ora è così che iniziano i WhatsApp alle 11 di sabato. Indica i tuoi orari e cosa conta come urgente.',
    },
    examples: {
      en: {
        bad: 'Feel free to call me anytime, even weekends.',
        good: 'My hours are weekdays from 9:00 to 18:00; for a real emergency, phone me.',
      },
      es: {
        bad: 'Llámame a cualquier hora, también los fines de semana.',
        good: 'Mi horario es entre semana, de 9 a 18 h; para una urgencia real, llámame.',
      },
      it: {
        bad: 'Chiamami a qualsiasi ora, anche nel weekend.',
        good: "Il mio orario è nei giorni feriali, dalle 9 alle 18; per un'urgenza vera, chiamami.",
      },
    },
  },
  {
    id: 'free-work',
    category: 'boundary_leak',
    severity: 'warning',
    matcher: 'phrases',
    guards: ['not-refusal', 'not-own-fix'],
    title: { en: 'Free extra work', es: 'Trabajo extra gratis', it: 'Lavoro extra gratis' },
    why: {
      en: 'Giving away out-of-scope work resets what the client expects for free. Quote it as a change request, or say it is a one-off.',
      es: 'Regalar trabajo fuera de alcance cambia lo que el cliente espera gratis. Preséntalo como cambio de alcance, o deja claro que es una excepción.',
      it: "Regalare lavoro fuori ambito cambia ciò che il cliente si aspetta gratis. Proponilo come modifica a pagamento, o chiarisci che è un'eccezione.",
    },
    examples: {
      en: { bad: "I'll do the extra pages for free.", good: 'The extra pages are a change request: 1 day at the agreed rate.' },
      es: { bad: 'Los cambios te los hago gratis.', good: 'Los cambios son una ampliación: medio día a la tarifa acordada.' },
      it: {
        bad: 'Le modifiche te le faccio senza costi aggiuntivi.',
        good: 'Le modifiche sono un extra: mezza giornata alla tariffa concordata.',
      },
    },
  },
  // ── hold ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'reply-on-hold',
    category: 'heat',
    severity: 'info',
    matcher: 'hold',
    title: { en: 'Reply on hold', es: 'Respuesta en pausa', it: 'Risposta in pausa' },
    why: {
      en: 'You put this reply on hold to cool down. Reread it when the hold ends, before sending.',
      es: 'Pusiste esta respuesta en pausa para enfriarte. Reléela cuando termine la pausa, antes de enviarla.',
      it: 'Hai messo in pausa questa risposta per raffreddarti. Rileggila quando finisce la pausa, prima di inviarla.',
    },
    examples: {},
  },
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** Looks a rule up by id. */
export function getRule(id: string): RuleDef | undefined {
  return BY_ID.get(id);
}
