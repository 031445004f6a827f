import * as assert from 'node:assert/strict';
import type { Lang } from '../../src/core/lang';
import { Linter } from '../../src/core/lint/linter';
import { dropBrokenEnds } from '../../src/core/lint/rewrite/seams';

/**
 * Weak rewrites found by grading unseen drafts as a native reader, one table per class: the
 * sentence in, the rule whose first suggestion is applied, and the sentence a calm professional
 * would send. Sentences are our own (no corpus text).
 */
/** `after` null: the finding offers no rewrite (one would contradict the rest of the sentence). */
type Case = readonly [lang: Lang, register: 'formal' | 'informal' | '', rule: string, before: string, after: string | null];

const CLASSES: Record<string, readonly Case[]> = {
  'an out-of-hours clause after the working-hours offer goes with it': [
    [
      'en',
      '',
      'unlimited-availability',
      'Feel free to call me anytime, or over the weekend too.',
      'Feel free to call me during my working hours (Monday to Friday, 9:00–18:00).',
    ],
    [
      'es',
      'informal',
      'unlimited-availability',
      'Llámame cuando quieras, también los domingos.',
      'Llámame en mi horario de trabajo (de lunes a viernes, de 9:00 a 18:00).',
    ],
    [
      'it',
      'informal',
      'unlimited-availability',
      'Scrivimi quando vuoi, anche la domenica.',
      'Scrivimi nel mio orario di lavoro (dal lunedì al venerdì, 9:00–18:00).',
    ],
  ],
  'an always-reachable clause after the working-hours offer goes with it': [
    [
      'en',
      '',
      'unlimited-availability',
      'Text me whenever you like, my phone is always on.',
      'Text me during my working hours (Monday to Friday, 9:00–18:00).',
    ],
    [
      'es',
      'formal',
      'unlimited-availability',
      'Puede escribirme a cualquier hora, que yo siempre estoy pendiente.',
      'Puede escribirme en mi horario de trabajo (de lunes a viernes, de 9:00 a 18:00).',
    ],
    [
      'it',
      'formal',
      'unlimited-availability',
      'Mi chiami pure a qualunque ora, tanto sono sempre reperibile.',
      'Mi chiami nel mio orario di lavoro (dal lunedì al venerdì, 9:00–18:00).',
    ],
  ],
  'a reminder goes with its lead word and its when-and-where tail, leaving no fragment': [
    [
      'en',
      '',
      'reproachful-reminder',
      'As I already said in my email on Monday, the logo files are in the shared folder.',
      'The logo files are in the shared folder.',
    ],
    [
      'es',
      'formal',
      'reproachful-reminder',
      'Tal y como le dije en la reunión del martes, el presupuesto no incluye la impresión.',
      'El presupuesto no incluye la impresión.',
    ],
    [
      'it',
      'informal',
      'reproachful-reminder',
      'Come ti ho già detto nell’ultima mail, il preventivo non include la stampa.',
      'Il preventivo non include la stampa.',
    ],
  ],
  'the extra work waved away is the subject of the scope sentence, with agreement': [
    [
      'en',
      '',
      'waving-away-cost',
      'No worries at all about the two extra banners, it is no trouble.',
      "The two extra banners are extra work outside the agreed scope, so I'll send you a quote for it.",
    ],
    [
      'es',
      'informal',
      'waving-away-cost',
      'No te preocupes por los dos banners extra, no es ningún problema.',
      'Los dos banners extra son un trabajo extra, fuera del alcance acordado: te envío un presupuesto.',
    ],
    [
      'it',
      'informal',
      'waving-away-cost',
      "Figurati per le due pagine in più, non c'è problema!",
      'Le due pagine in più sono un lavoro extra, fuori dal perimetro concordato: ti mando un preventivo.',
    ],
  ],
  'a free-work phrase is replaced with its qualifier and keeps a verb': [
    ['en', '', 'free-work', 'I can knock the social banners in for free.', 'I can quote for the social banners.'],
    ['es', 'formal', 'free-work', 'Le preparo las portadas sin coste alguno.', 'Le preparo las portadas con presupuesto aparte.'],
    ['es', 'informal', 'free-work', 'Los dos logos extra no te los cobro.', 'Los dos logos extra te los presupuesto aparte.'],
    [
      'it',
      'informal',
      'free-work',
      'Ti preparo le copertine senza alcun costo aggiuntivo.',
      'Ti preparo le copertine con un preventivo a parte.',
    ],
  ],
  'a date replaces the whole vague time, its rest and elision included': [
    ['en', '', 'vague-timing', 'I will send the mock-ups at some point this week.', 'I will send the mock-ups by Tuesday 1 December.'],
    ['es', 'informal', 'vague-timing', 'Te mando el contrato cuando pueda un ratito.', 'Te mando el contrato el martes 1 de diciembre.'],
    [
      'it',
      'informal',
      'vague-timing',
      'Ti mando il contratto appena posso un attimino.',
      'Ti mando il contratto entro martedì 1 dicembre.',
    ],
    ['it', 'informal', 'vague-timing', "Ti mando le bozze tra un po'.", 'Ti mando le bozze entro martedì 1 dicembre.'],
  ],
  'filler left alone after a drop goes too': [
    ['en', '', 'withdrawn-request', 'The file is ready. No pressure at all if you are busy, honestly.', 'The file is ready.'],
    [
      'it',
      'formal',
      'withdrawn-request',
      'Non sono un esperto, figurati, ma Le suggerirei un font più leggibile.',
      'Le suggerirei un font più leggibile.',
    ],
  ],
  'a decision handed back keeps what it is about and a short head': [
    [
      'en',
      '',
      'giving-up-position',
      'Whatever you decide on the fonts, I will go with it.',
      'Let me know what you decide on the fonts by Tuesday 1 December.',
    ],
    [
      'es',
      'formal',
      'giving-up-position',
      'Lo que usted decida sobre la tipografía, yo me adapto.',
      'Dígame qué decide sobre la tipografía antes del martes 1 de diciembre.',
    ],
    [
      'es',
      'formal',
      'giving-up-position',
      'Para la entrega, me adapto a lo que usted prefiera.',
      'Para la entrega, dígame qué decide antes del martes 1 de diciembre.',
    ],
    [
      'it',
      'informal',
      'giving-up-position',
      'Sui caratteri decidi tu, per me va bene tutto.',
      'Fammi sapere cosa decidi sui caratteri entro martedì 1 dicembre.',
    ],
    [
      'it',
      'formal',
      'giving-up-position',
      'In ogni caso, faccio come preferisce Lei.',
      'In ogni caso, mi faccia sapere cosa decide entro martedì 1 dicembre.',
    ],
  ],
  'the hindsight sentence says what to flag, with no pronoun left hanging': [
    [
      'en',
      '',
      'hindsight-reproach',
      'You should have told me about the second language before I started.',
      'Next time, please let me know about changes like this early on, so I can plan for them.',
    ],
  ],
  'a clitic, a plea or a lead word left before a removed phrase goes with it, leaving no stub': [
    [
      'es',
      'formal',
      'needless-apology',
      'Le ruego me disculpe por escribirle otra vez con esto. El contrato está listo.',
      'El contrato está listo.',
    ],
    ['en', '', 'withdrawn-request', "The draft is attached; please don't feel obliged.", 'The draft is attached.'],
    [
      'it',
      'informal',
      'reproachful-reminder',
      'scusa se te lo ripeto, ma il logo dipende dai vettoriali.',
      'Il logo dipende dai vettoriali.',
    ],
    [
      'es',
      'informal',
      'reproachful-reminder',
      'Te lo digo por última vez: el presupuesto no incluye la impresión.',
      'El presupuesto no incluye la impresión.',
    ],
    [
      'it',
      'formal',
      'reproachful-reminder',
      'Come Le ho già scritto nella mail di lunedì, il preventivo non comprende la stampa.',
      'Il preventivo non comprende la stampa.',
    ],
    [
      'en',
      '',
      'blame-shifting',
      "Please send the invoices to accounts, it's not my job to chase your bank.",
      'Please send the invoices to accounts.',
    ],
  ],
  'a connector or a filler left at a clause edge after a removal goes': [
    ['es', 'formal', 'non-promise', 'Miraré qué se puede hacer, aunque no le prometo nada.', 'Miraré qué se puede hacer.'],
    [
      'es',
      'informal',
      'reproachful-reminder',
      'Bueno, que te lo comenté en la reunión, eh: el logo depende de que me mandes los vectores.',
      'El logo depende de que me mandes los vectores.',
    ],
    [
      'es',
      'formal',
      'giving-up-position',
      'Por supuesto, usted conoce el mercado mucho mejor que yo, así que lo que usted decida me parecerá bien.',
      'Dígame qué decide antes del martes 1 de diciembre.',
    ],
    ['it', 'informal', 'giving-up-position', 'Comunque tranquilla, decidi tu.', 'Fammi sapere cosa decidi entro martedì 1 dicembre.'],
    [
      'es',
      'formal',
      'free-work',
      'Los dos folletos adicionales se los preparo sin coste alguno, faltaría más.',
      'Los dos folletos adicionales se los preparo con presupuesto aparte.',
    ],
    [
      'en',
      '',
      'free-work',
      'Happy to do the extra banners for free, no charge.',
      'Happy to do the extra banners once the quote is approved.',
    ],
    [
      'es',
      'informal',
      'vague-timing',
      'Te mando el informe a lo largo de la semana que viene, si todo va bien.',
      'Te mando el informe el martes 1 de diciembre.',
    ],
  ],
  'a sentence that pointed back at a removed one loses its pointer and starts with a capital': [
    [
      'es',
      'formal',
      'reassurance-seeking',
      'Espero que no le parezca mal. En cualquier caso, el informe se lo mando mañana.',
      'El informe se lo mando mañana.',
    ],
    ['en', '', 'reassurance-seeking', "I hope that's okay. Either way, the report goes out tomorrow.", 'The report goes out tomorrow.'],
    [
      'it',
      'formal',
      'reassurance-seeking',
      'Spero non le dispiaccia. In ogni caso, il report glielo mando domani.',
      'Il report glielo mando domani.',
    ],
  ],
  'every out-of-hours time of the offer goes, before or after the working hours': [
    [
      'en',
      '',
      'unlimited-availability',
      "I'll send the fix in the coming days, and I'm on call over the holidays if anything breaks.",
      "I'll send the fix by Tuesday 1 December, and I'm available during my working hours (Monday to Friday, 9:00–18:00) if anything breaks.",
    ],
    [
      'en',
      '',
      'unlimited-availability',
      'Feel free to call me tonight or Saturday if the shop goes down.',
      'Feel free to call me during my working hours (Monday to Friday, 9:00–18:00) if the shop goes down.',
    ],
    [
      'en',
      '',
      'unlimited-availability',
      "Message me whenever, I'm pretty much always at my desk anyway.",
      'Message me during my working hours (Monday to Friday, 9:00–18:00).',
    ],
    [
      'es',
      'formal',
      'unlimited-availability',
      'Estaremos disponibles el sábado y el domingo a cualquier hora.',
      'Estaremos disponibles en nuestro horario de trabajo (de lunes a viernes, de 9:00 a 18:00).',
    ],
    [
      'es',
      'informal',
      'unlimited-availability',
      'Si hace falta me quedo esta noche hasta tarde.',
      'Si hace falta lo priorizo en mi horario de trabajo (de lunes a viernes, de 9:00 a 18:00).',
    ],
    [
      'es',
      'informal',
      'unlimited-availability',
      'Si te va mejor, hacemos la llamada el sábado o a la hora que sea.',
      'Si te va mejor, hacemos la llamada en mi horario de trabajo (de lunes a viernes, de 9:00 a 18:00).',
    ],
    [
      'it',
      'formal',
      'unlimited-availability',
      'Resto reperibile anche durante le feste, a qualsiasi ora.',
      'Sono disponibile nel mio orario di lavoro (dal lunedì al venerdì, 9:00–18:00).',
    ],
  ],
  'a free-work offer becomes a quote with no favour or gift left beside it': [
    [
      'it',
      'formal',
      'free-work',
      'Le tre pagine extra, per questa volta, gliele regaliamo.',
      'Le tre pagine extra gliele preventiviamo a parte.',
    ],
    ['en', '', 'free-work', 'Honestly, the two extra banners are my treat.', 'The two extra banners are quoted separately.'],
    ['en', '', 'free-work', "Don't worry about the extra slides, they're on me.", "The extra slides, I'll quote them separately."],
    ['es', 'formal', 'free-work', 'Los carteles adicionales corren de nuestra cuenta.', 'Los carteles adicionales se presupuestan aparte.'],
  ],
  'a vague time goes with its softener and its tail, and the object before it stays': [
    ['en', '', 'vague-timing', "I'll send the revised plan a little later.", "I'll send the revised plan by Tuesday 1 December."],
    ['en', '', 'vague-timing', "I'll look into the bug once things calm down on my end.", "I'll look into the bug by Tuesday 1 December."],
    [
      'it',
      'informal',
      'vague-timing',
      'Ti giro il preventivo quando ho un attimo di respiro.',
      'Ti giro il preventivo entro martedì 1 dicembre.',
    ],
    ['es', 'informal', 'vague-timing', 'Ya te mandaré algo cuando pueda.', 'Ya te mandaré algo el martes 1 de diciembre.'],
  ],
  'a minimised question keeps its question': [
    [
      'en',
      '',
      'minimising-just',
      "I know you're busy, but I was only wondering if the logo files might be ready?",
      "I know you're busy, but I'd like to know if the logo files might be ready.",
    ],
    [
      'en',
      '',
      'minimising-just',
      'I was merely wondering whether the team has signed off the budget.',
      "I'd like to know whether the team has signed off the budget.",
    ],
    [
      'es',
      'formal',
      'minimising-just',
      'Únicamente quería consultarle si ha podido revisar el contrato.',
      'Quisiera saber si ha podido revisar el contrato.',
    ],
  ],
  'a pointer that holds only its fronted object and when goes whole': [
    [
      'it',
      'informal',
      'reproachful-reminder',
      "guarda che il problema della fattura te l'avevo segnalato già a settembre, nella call con Marco. Il file è pronto.",
      'Il file è pronto.',
    ],
  ],
  'a heated rhetorical question or a sarcastic head goes with the heat': [
    ['it', 'informal', 'stacked-punctuation', 'Ma scherzi?! Il preventivo era chiarissimo.', 'Il preventivo era chiarissimo.'],
    ['en', '', 'stacked-punctuation', 'Are you kidding me?! The quote listed every page.', 'The quote listed every page.'],
    [
      'es',
      'formal',
      'stacked-punctuation',
      '¿Me está tomando el pelo?! El presupuesto lo detallaba todo.',
      'El presupuesto lo detallaba todo.',
    ],
    [
      'it',
      'informal',
      'shouting',
      'te lo scrivo in maiuscolo così magari stavolta si legge: IL LOGO LO PAGA IL CLIENTE, NON NOI.',
      'Il logo lo paga il cliente, non noi.',
    ],
    [
      'en',
      '',
      'shouting',
      "I'll put it in capitals so maybe this time it gets read: THE PRINTER IS PAID BY YOU, NOT ME.",
      'The printer is paid by you, not me.',
    ],
    ['es', 'informal', 'shouting', 'A ver si así queda claro: LA IMPRENTA LA PAGAS TÚ, NO YO.', 'La imprenta la pagas tú, no yo.'],
  ],
  'the hindsight sentence asks for material on time when material came late': [
    [
      'en',
      '',
      'hindsight-reproach',
      'If you had sent the photos on time, the shop would be open by now.',
      'Next time, please send me what I need on time, so I can keep to the dates.',
    ],
    [
      'es',
      'informal',
      'hindsight-reproach',
      'Si me hubieras mandado las fotos a tiempo, la tienda ya estaría abierta.',
      'La próxima vez, mándame a tiempo lo que necesito, así puedo cumplir los plazos.',
    ],
    [
      'it',
      'formal',
      'hindsight-reproach',
      'Se mi avesse inviato i testi prima, il sito sarebbe già online.',
      'La prossima volta mi mandi per tempo quello che mi serve, così posso rispettare le scadenze.',
    ],
  ],
  'a request withdrawn at the head or an apology left alone goes, leaving no stub': [
    ['es', 'informal', 'giving-up-position', 'si no, nada, eh, lo que tú veas.', 'Dime qué decides antes del martes 1 de diciembre.'],
    ['en', '', 'giving-up-position', 'If not, no worries, whatever suits you.', 'Let me know what you decide by Tuesday 1 December.'],
    ['it', 'informal', 'giving-up-position', 'Il file è pronto. Se no fa niente eh, figurati, fai con calma.', 'Il file è pronto.'],
    ['it', 'informal', 'over-apology', 'Il file è pronto. Scusa scusa scusa!', 'Il file è pronto.'],
    ['en', '', 'over-apology', 'The file is ready. Sorry, sorry!', 'The file is ready.'],
  ],
  "deference followed by the writer's own view keeps the view": [
    [
      'es',
      'formal',
      'giving-up-position',
      'Perdone mi atrevimiento, no soy yo quien para opinar de su plan, pero quizá convendría retrasar el lanzamiento.',
      'Quizá convendría retrasar el lanzamiento.',
    ],
    [
      'en',
      '',
      'giving-up-position',
      "You know your market far better than I do, but I'd suggest moving the launch to March.",
      "I'd suggest moving the launch to March.",
    ],
    [
      'it',
      'formal',
      'giving-up-position',
      'Lei ne sa molto più di me, ma forse converrebbe anticipare il lancio.',
      'Forse converrebbe anticipare il lancio.',
    ],
  ],
  'praise left alone once the sarcasm goes goes too': [
    ['it', 'formal', 'sarcasm', 'Il file è pronto. Davvero un tempismo perfetto, complimenti.', 'Il file è pronto.'],
    ['it', 'informal', 'sarcasm', 'Il file è pronto. Che tempismo impeccabile, bravo.', 'Il file è pronto.'],
    ['en', '', 'sarcasm', 'The file is ready. Impeccable timing as always, well done.', 'The file is ready.'],
  ],
  'a reminder keeps the news after its "that" and an open-ended amount goes whole': [
    [
      'en',
      '',
      'reproachful-reminder',
      'I did point out in the kickoff call on 2 March that the hosting plan needed an upgrade.',
      'To recap, the hosting plan needed an upgrade.',
    ],
    [
      'es',
      'informal',
      'free-work',
      'Te hago las correcciones que haga falta, sin límite.',
      'Te hago las correcciones con presupuesto aparte.',
    ],
  ],
  'the working hours are ours when the writer speaks as we': [
    [
      'it',
      'formal',
      'unlimited-availability',
      'Saremo operativi a qualsiasi ora, anche a Natale.',
      'Saremo operativi nel nostro orario di lavoro (dal lunedì al venerdì, 9:00–18:00).',
    ],
  ],
  'an apology said again keeps one plain apology in the formal register': [
    [
      'it',
      'formal',
      'over-apology',
      'La ringrazio e Le chiedo di nuovo scusa per il ritardo.',
      'La ringrazio e Le chiedo scusa per il ritardo.',
    ],
  ],
  'a vague time takes its hedge and the week next to it': [
    ['en', '', 'vague-timing', "I'll send the revised logo ASAP-ish.", "I'll send the revised logo by Tuesday 1 December."],
    ['en', '', 'vague-timing', "I'll share the final deck later this week maybe.", "I'll share the final deck by Tuesday 1 December."],
    ['en', '', 'vague-timing', "I'll fix the banner in a bit, I promise.", "I'll fix the banner by Tuesday 1 December."],
    [
      'es',
      'informal',
      'vague-timing',
      'Te paso las fotos la semana que viene en algún momento.',
      'Te paso las fotos el martes 1 de diciembre.',
    ],
    ['it', 'informal', 'vague-timing', 'Ti mando le bozze questa settimana appena posso.', 'Ti mando le bozze entro martedì 1 dicembre.'],
    ['it', 'informal', 'vague-timing', 'Ti mando le bozze a breve, forse.', 'Ti mando le bozze entro martedì 1 dicembre.'],
  ],
  'a working-hours offer takes the part of the day, a bare always-there clause and keeps its clitic': [
    [
      'es',
      'formal',
      'unlimited-availability',
      'Puede llamarme el domingo por la tarde sin problema.',
      'Puede llamarme en mi horario de trabajo (de lunes a viernes, de 9:00 a 18:00).',
    ],
    [
      'it',
      'formal',
      'unlimited-availability',
      'Mi può chiamare anche sabato mattina, nessun problema.',
      'Mi può chiamare nel mio orario di lavoro (dal lunedì al venerdì, 9:00–18:00).',
    ],
    [
      'it',
      'informal',
      'unlimited-availability',
      'Chiamami pure anche la domenica, io ci sono sempre.',
      'Chiamami nel mio orario di lavoro (dal lunedì al venerdì, 9:00–18:00).',
    ],
    [
      'es',
      'informal',
      'unlimited-availability',
      'Llámame cuando sea, que yo siempre estoy.',
      'Llámame en mi horario de trabajo (de lunes a viernes, de 9:00 a 18:00).',
    ],
    [
      'es',
      'informal',
      'unlimited-availability',
      'Si el sábado necesitas algo me escribes.',
      'Si hace falta, me escribes en mi horario de trabajo (de lunes a viernes, de 9:00 a 18:00).',
    ],
  ],
  'a waved-away extra keeps its name when the offer points back at it, and its playing-down goes': [
    [
      'es',
      'informal',
      'waving-away-cost',
      'Tranqui por lo de los banners nuevos, te los hago gratis.',
      'Los banners nuevos, te los hago con presupuesto aparte.',
    ],
    [
      'it',
      'informal',
      'waving-away-cost',
      'Figurati per le slide in più, te le preparo gratis, non è niente.',
      'Le slide in più, te le preparo con un preventivo a parte.',
    ],
    [
      'en',
      '',
      'free-work',
      "I'll resize the banners for free, it's only a few minutes.",
      "I'll resize the banners once the quote is approved.",
    ],
  ],
  'an apology that goes takes the nod to how busy the client is': [
    [
      'en',
      '',
      'needless-apology',
      "Sorry to bother you again, I know you're swamped. The invoice is attached.",
      'The invoice is attached.',
    ],
    [
      'es',
      'formal',
      'needless-apology',
      'Disculpe que le moleste de nuevo, sé que está muy ocupado. Le adjunto la factura.',
      'Le adjunto la factura.',
    ],
    [
      'it',
      'formal',
      'needless-apology',
      'Mi scusi il disturbo, so che è un periodo pieno per Lei. Le allego la fattura.',
      'Le allego la fattura.',
    ],
  ],
  'a hindsight reproach asks for what was missing (notice, material, an answer) from the same "you"': [
    [
      'es',
      'informal',
      'hindsight-reproach',
      'Si me hubieras avisado de la mudanza, esto no habría pasado.',
      'La próxima vez, avísame con antelación para que pueda organizarme.',
    ],
    [
      'es',
      'formal',
      'hindsight-reproach',
      'Si ustedes hubieran respondido a tiempo, el informe estaría cerrado.',
      'La próxima vez, les ruego que me respondan a tiempo, así puedo cumplir los plazos.',
    ],
    [
      'it',
      'informal',
      'hindsight-reproach',
      'Se mi aveste mandato i testi, non sarebbe successo.',
      'La prossima volta mandatemi per tempo quello che mi serve, così posso rispettare le scadenze.',
    ],
    [
      'en',
      '',
      'hindsight-reproach',
      'If you had answered my email, the banner would be live.',
      'Next time, please reply by the date I ask for, so I can keep to the schedule.',
    ],
  ],
  'a request ends calmly with a full stop, an apology loses its intensifier, "to the letter" goes': [
    ['en', '', 'stacked-punctuation', 'Please stop editing the live page!!!', 'Please stop editing the live page.'],
    ['it', 'informal', 'stacked-punctuation', 'Per favore, non toccare il server!!!', 'Per favore, non toccare il server.'],
    ['es', 'informal', 'over-apology', 'mil perdones, de verdad, llego tarde con los textos.', 'Perdona, llego tarde con los textos.'],
    ['it', 'informal', 'over-apology', 'Scusa scusa, davvero, arrivo tardi con i testi.', 'Scusa, arrivo tardi con i testi.'],
    ['en', '', 'self-justification', 'We followed the media plan to the letter.', 'We followed the media plan.'],
  ],
  'a reminder goes with the date it points at, and a resending keeps the sending without its count': [
    [
      'it',
      'informal',
      'reproachful-reminder',
      'Ti rimando il preventivo per la terza volta. Le cifre sono aggiornate.',
      'Ti rimando il preventivo. Le cifre sono aggiornate.',
    ],
    [
      'it',
      'formal',
      'reproachful-reminder',
      'Come Le avevo già scritto il 3 novembre, il preventivo scade a fine mese.',
      'Il preventivo scade a fine mese.',
    ],
    [
      'es',
      'formal',
      'reproachful-reminder',
      'Como le indiqué el 3 de noviembre, el presupuesto caduca a fin de mes.',
      'El presupuesto caduca a fin de mes.',
    ],
  ],
  'deference before a "but" goes with the words of its clause, a sarcastic frame with its aside, a gift with its "io"': [
    [
      'it',
      'formal',
      'giving-up-position',
      'Mi rendo conto che forse non sono la persona più indicata per dirlo, però il menu andrebbe rivisto.',
      'Il menu andrebbe rivisto.',
    ],
    [
      'es',
      'formal',
      'giving-up-position',
      'Quizá no soy quién para opinar, pero el formulario necesita una revisión.',
      'El formulario necesita una revisión.',
    ],
    [
      'it',
      'formal',
      'sarcasm',
      'Apprendo con sommo piacere, a due giorni dal lancio, che il sito va rifatto. Le mando le bozze.',
      'Le mando le bozze.',
    ],
    ['it', 'informal', 'free-work', 'Il logo te lo regalo io.', 'Il logo te lo preventivo a parte.'],
    ['it', 'informal', 'free-work', 'Il video te lo butto dentro io.', 'Il video te lo preventivo a parte.'],
    ['es', 'informal', 'free-work', 'El logo te lo regalo yo.', 'El logo te lo presupuesto aparte.'],
  ],
  // Classes from grading the seventh held-out set (sentences our own).
  'a sentence left ending on a word that cannot end one loses that clause, or goes whole': [
    [
      'en',
      '',
      'needless-apology',
      "I apologise for bothering you again, and I'm terribly sorry for the length of this note. The plans are attached.",
      'The plans are attached.',
    ],
    ['it', 'formal', 'needless-apology', 'Le chiedo scusa se torno a scriverLe. Il preventivo è pronto.', 'Il preventivo è pronto.'],
    ['es', 'informal', 'needless-apology', 'Perdona si te vuelvo a escribir. El presupuesto está listo.', 'El presupuesto está listo.'],
  ],
  'a pointer opened by "as" goes up to its comma whatever words say when and where, and a leftover "che" goes': [
    ['en', '', 'reproachful-reminder', 'As I said in my note and again on the phone, the venue holds 80.', 'The venue holds 80.'],
    [
      'es',
      'formal',
      'reproachful-reminder',
      'Según le expliqué por teléfono y en persona, la entrega es el viernes.',
      'La entrega es el viernes.',
    ],
    ['es', 'informal', 'reproachful-reminder', 'Tal y como te conté en mi mensaje anterior, el logo va en azul.', 'El logo va en azul.'],
    ['it', 'formal', 'reproachful-reminder', 'Ribadisco, come già detto, che la stampa è esclusa.', 'La stampa è esclusa.'],
  ],
  'a reminder after news in its own clause drops only itself, not the news': [
    [
      'es',
      'informal',
      'reproachful-reminder',
      'No entran más cambios después de este, te lo he dicho mil veces.',
      'No entran más cambios después de este.',
    ],
    [
      'es',
      'formal',
      'reproachful-reminder',
      'Sigo sin recibir el contrato firmado, y se lo he pedido tres veces.',
      'Sigo sin recibir el contrato firmado.',
    ],
  ],
  'a hedge with a vague time becomes a dated answer on whether, not a promise': [
    [
      'en',
      '',
      'non-promise',
      "I'll try to finish the mock-ups sometime next week, no promises.",
      "I'll confirm by Tuesday 1 December whether I can finish the mock-ups.",
    ],
    ['es', 'formal', 'non-promise', 'Intentaré enviarlo en breve.', 'Le confirmo el martes 1 de diciembre si puedo enviarlo.'],
    ['it', 'informal', 'non-promise', 'Cercherò di mandarlo a breve.', 'Ti confermo entro martedì 1 dicembre se riesco a mandarlo.'],
  ],
  'a vague time that waits on something arriving loses its vagueness instead of gaining a date': [
    ['en', '', 'vague-timing', "I'll send the report shortly once the figures arrive.", "I'll send the report once the figures arrive."],
    ['es', 'informal', 'vague-timing', 'Cuando me llegue el texto, te lo maqueto en breve.', 'Cuando me llegue el texto, te lo maqueto.'],
    ['it', 'informal', 'vague-timing', 'Appena arrivano le foto, te le sistemo a breve.', 'Appena arrivano le foto, te le sistemo.'],
  ],
  'free work made a quote takes the clauses that reassure or play it down': [
    ['en', '', 'free-work', "It's only two pages so I won't charge for it.", 'I will send you a quote for it.'],
    ['es', 'informal', 'free-work', 'Te lo hago sin cobrarte nada, tranquilo.', 'Te lo hago con presupuesto aparte.'],
    [
      'it',
      'informal',
      'free-work',
      'Te lo sistemo io, tranquilla, per me è un attimo, e non te lo metto in fattura.',
      'Te lo sistemo io e te lo metto in fattura a parte.',
    ],
  ],
  'a deference after a request to hear back adds no second request': [
    [
      'es',
      'informal',
      'giving-up-position',
      'Si algo no te convence me dices, que yo me adapto a lo que decidas.',
      'Si algo no te convence me dices.',
    ],
    [
      'it',
      'informal',
      'giving-up-position',
      'Fammi sapere tu, io mi adeguo a tutto.',
      'Fammi sapere cosa decidi entro martedì 1 dicembre.',
    ],
  ],
  'the working hours take an always-reachable clause that closes the sentence': [
    [
      'en',
      '',
      'unlimited-availability',
      "I'm around all weekend if you need a hand, any time suits me.",
      "I'm available during my working hours (Monday to Friday, 9:00–18:00) if you need a hand.",
    ],
    [
      'es',
      'formal',
      'unlimited-availability',
      'Puede llamarme también el domingo, no me importa.',
      'Puede llamarme en mi horario de trabajo (de lunes a viernes, de 9:00 a 18:00).',
    ],
    [
      'it',
      'informal',
      'unlimited-availability',
      'Scrivimi quando vuoi, anche di notte, tanto sono sempre sveglio.',
      'Scrivimi nel mio orario di lavoro (dal lunedì al venerdì, 9:00–18:00).',
    ],
  ],
  'no working-hours rewrite is offered when another out-of-hours time stays in its clause': [
    ['en', '', 'unlimited-availability', 'I can work on it over the weekend and send it to you on Sunday night.', null],
    ['es', 'informal', 'unlimited-availability', 'Si te viene mejor, me puedes llamar también el sábado y te lo mando el domingo.', null],
  ],
  'an interjection left alone once the sarcasm after it goes goes too': [
    ['es', 'informal', 'sarcasm', 'Vaya, qué casualidad que se rompa justo hoy. Lo reviso.', 'Lo reviso.'],
    ['it', 'informal', 'sarcasm', 'Accidenti, che tempismo perfetto. Lo sistemo.', 'Lo sistemo.'],
  ],
  'a sentence that is only a shouted "again" goes': [
    ['en', '', 'shouting', 'The server is down. AGAIN.', 'The server is down.'],
    ['es', 'informal', 'shouting', 'El servidor se ha caído. OTRA VEZ.', 'El servidor se ha caído.'],
  ],
  'a Spanish question gets its opening mark and a change of case keeps the opening word': [
    ['es', 'informal', 'stacked-punctuation', 'Otra vez el menú en azul?!', '¿Otra vez el menú en azul?'],
    ['es', 'informal', 'shouting', 'PERO SI YA LO MANDÉ ayer?', '¿Pero si ya lo mandé ayer?'],
  ],
};

describe('rewrites: classes of weak rewrites, fixed generally', () => {
  for (const [name, cases] of Object.entries(CLASSES)) {
    it(`rewrites so that ${name}`, () => {
      const problems: string[] = [];
      for (const [lang, register, rule, before, after] of cases) {
        const rewrite = { today: '2026-11-27', workingHours: 'Mon-Fri 09:00-18:00', ...(register ? { register } : {}) };
        const f = new Linter().lint(before, { lang, markdown: false, rewrite }).findings.find((x) => x.rule === rule);
        if (!f) {
          problems.push(`${rule} does not fire on "${before}"`);
          continue;
        }
        const s = f.suggestions[0];
        const got = s ? before.slice(0, s.offset) + s.text + before.slice(s.offset + s.length) : null;
        if (got !== after) problems.push(`${lang} ${rule}\n    want: ${after ?? '(no rewrite)'}\n    got:  ${got ?? '(no rewrite)'}`);
      }
      assert.deepEqual(problems, []);
    });
  }
});

/**
 * The seam check for words that cannot end a sentence, on its own: the rewritten text, the text it
 * came from, whether its head was edited, and what is left. An ending the text already had stays.
 */
const BROKEN_ENDS: ReadonlyArray<readonly [lang: Lang, after: string, original: string, editedHead: boolean, want: string]> = [
  ['en', "I'm terribly.", "I'm terribly sorry for the wait.", false, ''],
  ['en', 'The files are ready, and I am very.', 'The files are ready, and I am very sorry.', false, 'The files are ready.'],
  ['en', 'Right before the launch.', 'Great timing, right before the launch.', true, ''],
  ['en', 'What are you looking at?', 'What are you looking at?', false, 'What are you looking at?'],
  ['es', 'Le pido disculpas si.', 'Le pido disculpas si le escribo otra vez.', false, ''],
  ['es', 'El logo está listo, gracias por el.', 'El logo está listo, gracias por el aviso.', false, 'El logo está listo.'],
  ['es', 'Por email.', 'Ya te lo dije por email.', true, ''],
  ['es', 'Por favor, antes del viernes.', 'Perdona, por favor, antes del viernes.', true, 'Por favor, antes del viernes.'],
  ['it', 'Le chiedo scusa se.', 'Le chiedo scusa se Le scrivo ancora.', false, ''],
  ['it', 'Il file è pronto, e grazie per la.', 'Il file è pronto, e grazie per la pazienza.', false, 'Il file è pronto.'],
  ['it', 'Va bene così.', 'Va bene così.', false, 'Va bene così.'],
];

describe('rewrites: the seam check for words that cannot end a sentence', () => {
  it('cuts the clause that ends on such a word, a head-cut phrase of place or time, and nothing the text already ended with', () => {
    const problems: string[] = [];
    for (const [lang, after, original, editedHead, want] of BROKEN_ENDS) {
      const got = dropBrokenEnds(after, 0, lang, original, editedHead);
      if (got !== want) problems.push(`${lang} "${after}"\n    want: ${want}\n    got:  ${got}`);
    }
    assert.deepEqual(problems, []);
  });
});
