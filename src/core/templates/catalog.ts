import type { Lang } from '../lang';

export type TemplateKind =
  | 'onboarding' | 'holding' | 'boundary' | 'scope-change' | 'payment-friendly' | 'payment-firm' | 'payment-final'
  | 'apology' | 'feedback' | 'ending';

export type TemplateRegister = 'informal' | 'formal';

/**
 * A reply template. The body uses snippet syntax: `${1:placeholder}` tab stops, and {{name}}
 * fields that Insert Template fills from the client and the settings when it knows them:
 * {{first}} (client's first name), {{company}}, {{me}} (your name), {{hours}} (your working
 * hours), {{date}} (two working days from today, written out), {{rate}}.
 */
export interface Template {
  readonly kind: TemplateKind;
  readonly lang: Lang;
  readonly register: TemplateRegister;
  readonly body: string;
}

/** Titles of the kinds, per language, for the quick pick and the snippet names. */
export const TEMPLATE_TITLES: Record<TemplateKind, Record<Lang, string>> = {
  onboarding: { en: 'Onboarding: how we work', es: 'Bienvenida: cómo trabajamos', it: 'Benvenuto: come lavoriamo' },
  holding: { en: 'Holding reply (I’ll answer by a date)', es: 'Respuesta de espera (contesto antes de una fecha)', it: 'Risposta interlocutoria (rispondo entro una data)' },
  boundary: { en: 'Boundary reminder after out-of-hours contact', es: 'Recordatorio de horario tras un contacto fuera de hora', it: 'Promemoria sugli orari dopo un contatto fuori orario' },
  'scope-change': { en: 'Scope change: price and date impact', es: 'Cambio de alcance: precio y plazo', it: 'Modifica di ambito: prezzo e tempi' },
  'payment-friendly': { en: 'Payment reminder (friendly)', es: 'Recordatorio de pago (amable)', it: 'Sollecito di pagamento (cordiale)' },
  'payment-firm': { en: 'Payment reminder (firm)', es: 'Recordatorio de pago (firme)', it: 'Sollecito di pagamento (deciso)' },
  'payment-final': { en: 'Payment reminder (final notice)', es: 'Recordatorio de pago (último aviso)', it: 'Sollecito di pagamento (ultimo avviso)' },
  apology: { en: 'Apology with a concrete fix', es: 'Disculpa con una solución concreta', it: 'Scuse con una soluzione concreta' },
  feedback: { en: 'Feedback request', es: 'Petición de feedback', it: 'Richiesta di feedback' },
  ending: { en: 'Ending the working relationship', es: 'Terminar la relación profesional', it: 'Chiudere la collaborazione' },
};

const T = (kind: TemplateKind, lang: Lang, register: TemplateRegister, lines: string[]): Template => ({ kind, lang, register, body: `${lines.join('\n')}\n` });

export const TEMPLATES: readonly Template[] = [
  // ── English (one register: first names, plain and warm) ─────────────────────────────────────
  T('onboarding', 'en', 'informal', [
    'Hi {{first}},', '',
    'Welcome aboard. Before we start, here is how I work, so that we both know what to expect.', '',
    '- **Process:** ${1:brief and kickoff call}, then ${2:first draft}, then ${3:two rounds of revisions}. A third round is billed at {{rate}}.',
    '- **What I need from you to start:** ${4:texts, photos and logins}, by ${5:{{date}}}.',
    '- **Timeline:** ${6:first draft five working days after I receive everything}.',
    '- **Contact:** email for anything that can wait a day; a call for urgent problems. I answer within one working day, {{hours}}.',
    '- **Payment:** a ${7:30%} deposit before I start, the rest ${8:on delivery}, invoices payable within ${9:14} days.', '',
    'I will send the contract and the deposit invoice today; work starts once both are back.', '',
    'Best,', '{{me}}',
  ]),
  T('holding', 'en', 'informal', [
    'Hi {{first}},', '',
    'Thanks for your message. I want to give it a proper answer, so I will get back to you by ${1:{{date}}}.', '',
    'Best,', '{{me}}',
  ]),
  T('boundary', 'en', 'informal', [
    'Hi {{first}},', '',
    'Thanks for your message on ${1:Saturday evening}. I reply during my working hours, {{hours}}, so you will hear from me on ${2:{{date}}}.', '',
    'If something is really urgent (${3:the site is down}), please call me; for everything else, email is best, and I answer within one working day.', '',
    'Best,', '{{me}}',
  ]),
  T('scope-change', 'en', 'informal', [
    'Hi {{first}},', '',
    'Thanks for the new idea: ${1:the careers page}. It is outside what we agreed in ${2:the proposal of 3 November}, so here is what it means:', '',
    '- **Work:** ${3:1.5 days}',
    '- **Price:** ${4:975 EUR}',
    '- **Date:** delivery moves from ${5:Friday 27 November} to ${6:Wednesday 2 December}', '',
    'Let me know by ${7:{{date}}} whether you want to add it; until then I will carry on with the current scope.', '',
    'Best,', '{{me}}',
  ]),
  T('payment-friendly', 'en', 'informal', [
    'Hi {{first}},', '',
    'A quick reminder that invoice ${1:2026-031} for ${2:1,200 EUR} was due on ${3:15 November}. I have attached a copy with the bank details.', '',
    'Could you let me know when it will be paid?', '',
    'Thanks,', '{{me}}',
  ]),
  T('payment-firm', 'en', 'informal', [
    'Hi {{first}},', '',
    'Invoice ${1:2026-031} for ${2:1,200 EUR} is now ${3:21} days overdue, and I have not had an answer to my reminder of ${4:22 November}.', '',
    'Please pay it by ${5:{{date}}}. As our contract says, work on ${6:the next phase} resumes once it is settled.', '',
    'Best,', '{{me}}',
  ]),
  T('payment-final', 'en', 'informal', [
    'Hi {{first}},', '',
    'This is my final reminder about invoice ${1:2026-031} for ${2:1,200 EUR}, due on ${3:15 November}.', '',
    'If it is not paid by ${4:{{date}}}, I will ${5:apply the late-payment interest in our contract and pass the matter to a collection service}. I would much rather settle it directly, so please reply if there is a problem with the invoice.', '',
    'Regards,', '{{me}}',
  ]),
  T('apology', 'en', 'informal', [
    'Hi {{first}},', '',
    'You are right: ${1:the menu went live with last season’s prices}. That was my mistake, and I am sorry.', '',
    'Here is what I am doing about it:', '',
    '- ${2:the correct prices are online since 10:40 today}',
    '- ${3:from now on I check every price change against your list before publishing}', '',
    'If you notice anything else, tell me and I will fix it the same day.', '',
    'Best,', '{{me}}',
  ]),
  T('feedback', 'en', 'informal', [
    'Hi {{first}},', '',
    'We have been working together for ${1:two months}, and I would like to know how it is going for you.', '',
    '1. What is working well?',
    '2. What would you like me to do differently?',
    '3. Is there anything you expected that you are not getting?', '',
    'A few lines by ${2:{{date}}} would help me a lot; if you prefer, we can talk for 15 minutes instead.', '',
    'Thanks,', '{{me}}',
  ]),
  T('ending', 'en', 'informal', [
    '<!-- Before sending: check the termination clause of the contract (notice period, penalties) and what is owed for work already done. -->',
    'Hi {{first}},', '',
    'After ${1:the last few weeks}, I have come to the conclusion that I am not the right person to take ${2:the project} further, and that it is better for both of us to end our collaboration.', '',
    'Following ${3:clause 9 of our contract}, here is how I propose to close:', '',
    '- I will deliver ${4:the files and access details for everything done so far} by ${5:{{date}}}.',
    '- The final invoice for ${6:the work completed up to today} will follow with them.',
    '- If it helps, I can recommend ${7:a colleague} to continue.', '',
    'Thank you for the work we did together.', '',
    'Best,', '{{me}}',
  ]),

  // ── Spanish, informal (tú) ──────────────────────────────────────────────────────────────────
  T('onboarding', 'es', 'informal', [
    'Hola, {{first}}:', '',
    'Te doy la bienvenida. Antes de empezar te cuento cómo trabajo, para que los dos sepamos qué esperar.', '',
    '- **Proceso:** ${1:briefing y reunión de arranque}, después ${2:primera propuesta} y ${3:dos rondas de cambios}. Una tercera ronda se factura a {{rate}}.',
    '- **Qué necesito para empezar:** ${4:textos, fotos y accesos}, antes del ${5:{{date}}}.',
    '- **Plazos:** ${6:primera propuesta cinco días laborables después de recibirlo todo}.',
    '- **Contacto:** correo para lo que puede esperar un día; una llamada para los problemas urgentes. Contesto en un día laborable, {{hours}}.',
    '- **Pago:** una señal del ${7:30 %} antes de empezar y el resto ${8:a la entrega}; las facturas se pagan en ${9:14} días.', '',
    'Hoy te envío el contrato y la factura de la señal; empezamos en cuanto tenga los dos.', '',
    'Un saludo,', '{{me}}',
  ]),
  T('holding', 'es', 'informal', [
    'Hola, {{first}}:', '',
    'Gracias por tu mensaje. Quiero contestarte con calma, así que te respondo antes del ${1:{{date}}}.', '',
    'Un saludo,', '{{me}}',
  ]),
  T('boundary', 'es', 'informal', [
    'Hola, {{first}}:', '',
    'Gracias por tu mensaje del ${1:sábado por la noche}. Respondo en mi horario de trabajo, {{hours}}, así que te escribo el ${2:{{date}}}.', '',
    'Si surge algo de verdad urgente (${3:la web caída}), llámame; para todo lo demás, mejor por correo, y te contesto en un día laborable.', '',
    'Un saludo,', '{{me}}',
  ]),
  T('scope-change', 'es', 'informal', [
    'Hola, {{first}}:', '',
    'Gracias por la nueva idea: ${1:la página de empleo}. No está en lo que acordamos en ${2:la propuesta del 3 de noviembre}, así que esto es lo que supone:', '',
    '- **Trabajo:** ${3:día y medio}',
    '- **Precio:** ${4:975 €}',
    '- **Fecha:** la entrega pasa del ${5:viernes 27 de noviembre} al ${6:miércoles 2 de diciembre}', '',
    'Dime antes del ${7:{{date}}} si quieres añadirla; mientras tanto sigo con el alcance actual.', '',
    'Un saludo,', '{{me}}',
  ]),
  T('payment-friendly', 'es', 'informal', [
    'Hola, {{first}}:', '',
    'Te recuerdo que la factura ${1:2026-031} de ${2:1.200 €} vencía el ${3:15 de noviembre}. Te adjunto una copia con los datos bancarios.', '',
    '¿Me dices cuándo la podrás pagar?', '',
    'Gracias y un saludo,', '{{me}}',
  ]),
  T('payment-firm', 'es', 'informal', [
    'Hola, {{first}}:', '',
    'La factura ${1:2026-031} de ${2:1.200 €} lleva ya ${3:21} días vencida y no he tenido respuesta a mi recordatorio del ${4:22 de noviembre}.', '',
    'Por favor, págala antes del ${5:{{date}}}. Tal como recoge el contrato, el trabajo de ${6:la siguiente fase} se retoma cuando esté saldada.', '',
    'Un saludo,', '{{me}}',
  ]),
  T('payment-final', 'es', 'informal', [
    'Hola, {{first}}:', '',
    'Este es el último recordatorio de la factura ${1:2026-031} de ${2:1.200 €}, con vencimiento el ${3:15 de noviembre}.', '',
    'Si no está pagada el ${4:{{date}}}, ${5:aplicaré los intereses de demora del contrato y pasaré la reclamación a una gestoría}. Prefiero resolverlo directamente contigo, así que contéstame si hay algún problema con la factura.', '',
    'Un saludo,', '{{me}}',
  ]),
  T('apology', 'es', 'informal', [
    'Hola, {{first}}:', '',
    'Tienes razón: ${1:la carta se publicó con los precios de la temporada pasada}. Fue un error mío y lo siento.', '',
    'Esto es lo que estoy haciendo:', '',
    '- ${2:los precios correctos están en la web desde las 10:40 de hoy}',
    '- ${3:a partir de ahora compruebo cada cambio de precios con tu lista antes de publicarlo}', '',
    'Si ves cualquier otra cosa, dímelo y lo corrijo el mismo día.', '',
    'Un saludo,', '{{me}}',
  ]),
  T('feedback', 'es', 'informal', [
    'Hola, {{first}}:', '',
    'Llevamos ${1:dos meses} trabajando juntos y me gustaría saber cómo lo estás viviendo.', '',
    '1. ¿Qué está funcionando bien?',
    '2. ¿Qué te gustaría que hiciera de otra manera?',
    '3. ¿Esperabas algo que no estás recibiendo?', '',
    'Unas líneas antes del ${2:{{date}}} me ayudarían mucho; si lo prefieres, lo hablamos en una llamada de 15 minutos.', '',
    'Gracias y un saludo,', '{{me}}',
  ]),
  T('ending', 'es', 'informal', [
    '<!-- Antes de enviar: revisa la cláusula de resolución del contrato (preaviso, penalizaciones) y lo que se debe por el trabajo ya hecho. -->',
    'Hola, {{first}}:', '',
    'Después de ${1:estas últimas semanas}, he llegado a la conclusión de que no soy la persona adecuada para llevar ${2:el proyecto} más allá, y de que es mejor para los dos terminar nuestra colaboración.', '',
    'Según ${3:la cláusula 9 del contrato}, te propongo cerrar así:', '',
    '- Te entrego ${4:los archivos y los accesos de todo lo hecho hasta ahora} antes del ${5:{{date}}}.',
    '- Con ellos te envío la factura final por ${6:el trabajo realizado hasta hoy}.',
    '- Si te sirve, puedo recomendarte a ${7:un compañero} para continuar.', '',
    'Gracias por el trabajo que hemos hecho juntos.', '',
    'Un saludo,', '{{me}}',
  ]),

  // ── Spanish, formal (usted) ─────────────────────────────────────────────────────────────────
  T('onboarding', 'es', 'formal', [
    'Buenos días, {{first}}:', '',
    'Le doy la bienvenida. Antes de empezar le explico cómo trabajo, para que ambos sepamos qué esperar.', '',
    '- **Proceso:** ${1:briefing y reunión de arranque}, después ${2:primera propuesta} y ${3:dos rondas de cambios}. Una tercera ronda se factura a {{rate}}.',
    '- **Qué necesito para empezar:** ${4:textos, fotografías y accesos}, antes del ${5:{{date}}}.',
    '- **Plazos:** ${6:primera propuesta cinco días laborables después de recibirlo todo}.',
    '- **Contacto:** correo electrónico para lo que puede esperar un día; una llamada para las incidencias urgentes. Respondo en un día laborable, {{hours}}.',
    '- **Pago:** una señal del ${7:30 %} antes de empezar y el resto ${8:a la entrega}; las facturas se abonan en ${9:14} días.', '',
    'Hoy le envío el contrato y la factura de la señal; comenzaremos en cuanto disponga de ambos.', '',
    'Saludos cordiales,', '{{me}}',
  ]),
  T('holding', 'es', 'formal', [
    'Buenos días, {{first}}:', '',
    'Gracias por su mensaje. Quiero darle una respuesta completa, así que le contestaré antes del ${1:{{date}}}.', '',
    'Saludos cordiales,', '{{me}}',
  ]),
  T('boundary', 'es', 'formal', [
    'Buenos días, {{first}}:', '',
    'Gracias por su mensaje del ${1:sábado por la noche}. Atiendo la correspondencia en mi horario de trabajo, {{hours}}, por lo que le responderé el ${2:{{date}}}.', '',
    'Si surge algo realmente urgente (${3:la web no funciona}), puede llamarme; para todo lo demás, le ruego que me escriba por correo, y le contestaré en un día laborable.', '',
    'Saludos cordiales,', '{{me}}',
  ]),
  T('scope-change', 'es', 'formal', [
    'Buenos días, {{first}}:', '',
    'Gracias por la propuesta de ${1:la página de empleo}. No forma parte de lo acordado en ${2:la propuesta del 3 de noviembre}, así que le detallo lo que supone:', '',
    '- **Trabajo:** ${3:día y medio}',
    '- **Precio:** ${4:975 €}',
    '- **Fecha:** la entrega pasa del ${5:viernes 27 de noviembre} al ${6:miércoles 2 de diciembre}', '',
    'Le agradecería que me confirmara antes del ${7:{{date}}} si desea incluirla; mientras tanto, continúo con el alcance actual.', '',
    'Saludos cordiales,', '{{me}}',
  ]),
  T('payment-friendly', 'es', 'formal', [
    'Buenos días, {{first}}:', '',
    'Le recuerdo que la factura ${1:2026-031} por importe de ${2:1.200 €} vencía el ${3:15 de noviembre}. Le adjunto una copia con los datos bancarios.', '',
    '¿Podría indicarme en qué fecha se realizará el pago?', '',
    'Saludos cordiales,', '{{me}}',
  ]),
  T('payment-firm', 'es', 'formal', [
    'Buenos días, {{first}}:', '',
    'La factura ${1:2026-031} por importe de ${2:1.200 €} acumula ${3:21} días de retraso y no he recibido respuesta a mi recordatorio del ${4:22 de noviembre}.', '',
    'Le ruego que la abone antes del ${5:{{date}}}. Tal como recoge el contrato, los trabajos de ${6:la siguiente fase} se reanudarán una vez saldada.', '',
    'Saludos cordiales,', '{{me}}',
  ]),
  T('payment-final', 'es', 'formal', [
    'Buenos días, {{first}}:', '',
    'Le envío el último aviso sobre la factura ${1:2026-031} por importe de ${2:1.200 €}, con vencimiento el ${3:15 de noviembre}.', '',
    'Si no se ha abonado el ${4:{{date}}}, ${5:aplicaré los intereses de demora previstos en el contrato y trasladaré la reclamación a una gestoría}. Preferiría resolverlo directamente, por lo que le ruego que me indique si hay algún problema con la factura.', '',
    'Atentamente,', '{{me}}',
  ]),
  T('apology', 'es', 'formal', [
    'Buenos días, {{first}}:', '',
    'Tiene razón: ${1:la carta se publicó con los precios de la temporada pasada}. Fue un error por mi parte y le pido disculpas.', '',
    'Estas son las medidas que he tomado:', '',
    '- ${2:los precios correctos están publicados desde las 10:40 de hoy}',
    '- ${3:a partir de ahora compruebo cada cambio de precios con su lista antes de publicarlo}', '',
    'Si detecta cualquier otra incidencia, le ruego que me lo indique y la corregiré el mismo día.', '',
    'Saludos cordiales,', '{{me}}',
  ]),
  T('feedback', 'es', 'formal', [
    'Buenos días, {{first}}:', '',
    'Llevamos ${1:dos meses} trabajando juntos y me gustaría conocer su valoración.', '',
    '1. ¿Qué está funcionando bien?',
    '2. ¿Qué le gustaría que hiciera de otra manera?',
    '3. ¿Esperaba algo que no está recibiendo?', '',
    'Unas líneas antes del ${2:{{date}}} me serían de gran ayuda; si lo prefiere, podemos comentarlo en una llamada de 15 minutos.', '',
    'Saludos cordiales,', '{{me}}',
  ]),
  T('ending', 'es', 'formal', [
    '<!-- Antes de enviar: revise la cláusula de resolución del contrato (preaviso, penalizaciones) y lo que se debe por el trabajo ya realizado. -->',
    'Buenos días, {{first}}:', '',
    'Tras ${1:estas últimas semanas}, he llegado a la conclusión de que no soy la persona adecuada para continuar con ${2:el proyecto}, y de que lo más conveniente para ambas partes es dar por terminada nuestra colaboración.', '',
    'Conforme a ${3:la cláusula 9 del contrato}, le propongo cerrarla del siguiente modo:', '',
    '- Le entregaré ${4:los archivos y los accesos de todo lo realizado hasta la fecha} antes del ${5:{{date}}}.',
    '- Junto con ellos le enviaré la factura final por ${6:los trabajos realizados hasta hoy}.',
    '- Si le resulta útil, puedo recomendarle a ${7:un colega} para continuar.', '',
    'Le agradezco el trabajo realizado juntos.', '',
    'Atentamente,', '{{me}}',
  ]),

  // ── Italian, informal (tu) ──────────────────────────────────────────────────────────────────
  T('onboarding', 'it', 'informal', [
    'Ciao {{first}},', '',
    'ti do il benvenuto! Prima di iniziare ti spiego come lavoro, così sappiamo entrambi cosa aspettarci.', '',
    '- **Processo:** ${1:brief e riunione di avvio}, poi ${2:prima bozza} e ${3:due giri di revisione}. Un terzo giro si fattura a {{rate}}.',
    '- **Cosa mi serve per iniziare:** ${4:testi, foto e accessi}, entro ${5:{{date}}}.',
    '- **Tempi:** ${6:prima bozza cinque giorni lavorativi dopo aver ricevuto tutto}.',
    '- **Contatti:** email per ciò che può aspettare un giorno; una telefonata per i problemi urgenti. Rispondo entro un giorno lavorativo, {{hours}}.',
    '- **Pagamento:** un acconto del ${7:30%} prima di iniziare e il saldo ${8:alla consegna}; le fatture si pagano a ${9:14} giorni.', '',
    'Oggi ti mando il contratto e la fattura dell’acconto; partiamo appena li ho entrambi.', '',
    'Un saluto,', '{{me}}',
  ]),
  T('holding', 'it', 'informal', [
    'Ciao {{first}},', '',
    'grazie del messaggio. Voglio risponderti con calma, quindi ti scrivo entro ${1:{{date}}}.', '',
    'Un saluto,', '{{me}}',
  ]),
  T('boundary', 'it', 'informal', [
    'Ciao {{first}},', '',
    'grazie del messaggio di ${1:sabato sera}. Rispondo nei miei orari di lavoro, {{hours}}, quindi ti scrivo ${2:{{date}}}.', '',
    'Se c’è qualcosa di davvero urgente (${3:il sito non funziona}), chiamami pure; per tutto il resto meglio l’email, e ti rispondo entro un giorno lavorativo.', '',
    'Un saluto,', '{{me}}',
  ]),
  T('scope-change', 'it', 'informal', [
    'Ciao {{first}},', '',
    'grazie per la nuova idea: ${1:la pagina “Lavora con noi”}. Non rientra in quanto concordato nel ${2:preventivo del 3 novembre}, quindi ecco cosa comporta:', '',
    '- **Lavoro:** ${3:un giorno e mezzo}',
    '- **Prezzo:** ${4:975 €}',
    '- **Data:** la consegna passa da ${5:venerdì 27 novembre} a ${6:mercoledì 2 dicembre}', '',
    'Fammi sapere entro ${7:{{date}}} se vuoi aggiungerla; intanto vado avanti con l’ambito attuale.', '',
    'Un saluto,', '{{me}}',
  ]),
  T('payment-friendly', 'it', 'informal', [
    'Ciao {{first}},', '',
    'ti ricordo che la fattura ${1:2026-031} di ${2:1.200 €} era in scadenza il ${3:15 novembre}. Ti allego una copia con le coordinate bancarie.', '',
    'Mi dici quando pensi di saldarla?', '',
    'Grazie e un saluto,', '{{me}}',
  ]),
  T('payment-firm', 'it', 'informal', [
    'Ciao {{first}},', '',
    'la fattura ${1:2026-031} di ${2:1.200 €} è scaduta da ${3:21} giorni e non ho ricevuto risposta al mio sollecito del ${4:22 novembre}.', '',
    'Ti chiedo di saldarla entro ${5:{{date}}}. Come previsto dal contratto, il lavoro sulla ${6:fase successiva} riprende quando è saldata.', '',
    'Un saluto,', '{{me}}',
  ]),
  T('payment-final', 'it', 'informal', [
    'Ciao {{first}},', '',
    'questo è l’ultimo sollecito per la fattura ${1:2026-031} di ${2:1.200 €}, scaduta il ${3:15 novembre}.', '',
    'Se non sarà saldata entro ${4:{{date}}}, ${5:applicherò gli interessi di mora previsti dal contratto e affiderò il recupero a uno studio}. Preferirei risolvere direttamente con te, quindi rispondimi se c’è un problema con la fattura.', '',
    'Un saluto,', '{{me}}',
  ]),
  T('apology', 'it', 'informal', [
    'Ciao {{first}},', '',
    'hai ragione: ${1:il menù è andato online con i prezzi della stagione scorsa}. È stato un mio errore e mi dispiace.', '',
    'Ecco cosa sto facendo:', '',
    '- ${2:i prezzi corretti sono online dalle 10:40 di oggi}',
    '- ${3:d’ora in poi controllo ogni cambio di prezzo con la tua lista prima di pubblicarlo}', '',
    'Se noti altro, dimmelo e lo correggo in giornata.', '',
    'Un saluto,', '{{me}}',
  ]),
  T('feedback', 'it', 'informal', [
    'Ciao {{first}},', '',
    'lavoriamo insieme da ${1:due mesi} e mi piacerebbe sapere come ti stai trovando.', '',
    '1. Cosa funziona bene?',
    '2. Cosa vorresti che facessi in modo diverso?',
    '3. C’è qualcosa che ti aspettavi e che non stai ricevendo?', '',
    'Due righe entro ${2:{{date}}} mi sarebbero molto utili; se preferisci, ne parliamo in una telefonata di 15 minuti.', '',
    'Grazie e un saluto,', '{{me}}',
  ]),
  T('ending', 'it', 'informal', [
    '<!-- Prima di inviare: controlla la clausola di recesso del contratto (preavviso, penali) e quanto è dovuto per il lavoro già fatto. -->',
    'Ciao {{first}},', '',
    'dopo ${1:queste ultime settimane} ho capito di non essere la persona giusta per portare avanti ${2:il progetto}, e credo sia meglio per entrambi chiudere la nostra collaborazione.', '',
    'In base alla ${3:clausola 9 del contratto}, ti propongo di chiudere così:', '',
    '- Ti consegno ${4:i file e gli accessi di tutto il lavoro fatto finora} entro ${5:{{date}}}.',
    '- Insieme ti mando la fattura finale per ${6:il lavoro svolto fino a oggi}.',
    '- Se ti è utile, posso consigliarti ${7:un collega} per continuare.', '',
    'Grazie per il lavoro fatto insieme.', '',
    'Un saluto,', '{{me}}',
  ]),

  // ── Italian, formal (Lei) ───────────────────────────────────────────────────────────────────
  T('onboarding', 'it', 'formal', [
    'Gentile {{first}},', '',
    'Le do il benvenuto. Prima di iniziare Le illustro come lavoro, così da chiarire fin da subito cosa aspettarci.', '',
    '- **Processo:** ${1:brief e riunione di avvio}, poi ${2:prima bozza} e ${3:due giri di revisione}. Un terzo giro viene fatturato a {{rate}}.',
    '- **Cosa mi serve per iniziare:** ${4:testi, fotografie e accessi}, entro ${5:{{date}}}.',
    '- **Tempi:** ${6:prima bozza cinque giorni lavorativi dopo aver ricevuto tutto il materiale}.',
    '- **Contatti:** email per ciò che può attendere un giorno; una telefonata per le urgenze. Rispondo entro un giorno lavorativo, {{hours}}.',
    '- **Pagamento:** un acconto del ${7:30%} prima dell’avvio e il saldo ${8:alla consegna}; fatture a ${9:14} giorni.', '',
    'Oggi Le invio il contratto e la fattura dell’acconto; inizieremo non appena li avrò ricevuti entrambi.', '',
    'Cordiali saluti,', '{{me}}',
  ]),
  T('holding', 'it', 'formal', [
    'Gentile {{first}},', '',
    'La ringrazio per il messaggio. Desidero darLe una risposta completa, pertanto Le scriverò entro ${1:{{date}}}.', '',
    'Cordiali saluti,', '{{me}}',
  ]),
  T('boundary', 'it', 'formal', [
    'Gentile {{first}},', '',
    'La ringrazio per il messaggio di ${1:sabato sera}. Rispondo alla corrispondenza nei miei orari di lavoro, {{hours}}, quindi Le scriverò ${2:{{date}}}.', '',
    'In caso di urgenze reali (${3:il sito non funziona}) può telefonarmi; per tutto il resto Le chiedo di scrivermi via email, e Le risponderò entro un giorno lavorativo.', '',
    'Cordiali saluti,', '{{me}}',
  ]),
  T('scope-change', 'it', 'formal', [
    'Gentile {{first}},', '',
    'La ringrazio per la proposta di ${1:una pagina “Lavora con noi”}. Non rientra in quanto concordato nel ${2:preventivo del 3 novembre}, pertanto Le riepilogo cosa comporta:', '',
    '- **Lavoro:** ${3:un giorno e mezzo}',
    '- **Prezzo:** ${4:975 €}',
    '- **Data:** la consegna passa da ${5:venerdì 27 novembre} a ${6:mercoledì 2 dicembre}', '',
    'Le chiedo di farmi sapere entro ${7:{{date}}} se desidera aggiungerla; nel frattempo proseguo con l’ambito attuale.', '',
    'Cordiali saluti,', '{{me}}',
  ]),
  T('payment-friendly', 'it', 'formal', [
    'Gentile {{first}},', '',
    'Le ricordo che la fattura ${1:2026-031} di ${2:1.200 €} era in scadenza il ${3:15 novembre}. Le allego una copia con le coordinate bancarie.', '',
    'Potrebbe indicarmi la data prevista per il pagamento?', '',
    'Cordiali saluti,', '{{me}}',
  ]),
  T('payment-firm', 'it', 'formal', [
    'Gentile {{first}},', '',
    'la fattura ${1:2026-031} di ${2:1.200 €} risulta scaduta da ${3:21} giorni e non ho ricevuto risposta al mio sollecito del ${4:22 novembre}.', '',
    'La prego di provvedere al saldo entro ${5:{{date}}}. Come previsto dal contratto, i lavori sulla ${6:fase successiva} riprenderanno a pagamento avvenuto.', '',
    'Cordiali saluti,', '{{me}}',
  ]),
  T('payment-final', 'it', 'formal', [
    'Gentile {{first}},', '',
    'Le invio l’ultimo sollecito per la fattura ${1:2026-031} di ${2:1.200 €}, scaduta il ${3:15 novembre}.', '',
    'In mancanza del pagamento entro ${4:{{date}}}, ${5:applicherò gli interessi di mora previsti dal contratto e affiderò il recupero del credito a uno studio}. Preferirei risolvere direttamente, pertanto La prego di segnalarmi eventuali problemi con la fattura.', '',
    'Distinti saluti,', '{{me}}',
  ]),
  T('apology', 'it', 'formal', [
    'Gentile {{first}},', '',
    'ha ragione: ${1:il menù è stato pubblicato con i prezzi della stagione scorsa}. È stato un mio errore e me ne scuso.', '',
    'Ecco i provvedimenti che ho preso:', '',
    '- ${2:i prezzi corretti sono online dalle 10:40 di oggi}',
    '- ${3:d’ora in avanti verifico ogni variazione di prezzo con il Suo elenco prima della pubblicazione}', '',
    'Se dovesse notare altro, me lo segnali e lo correggerò in giornata.', '',
    'Cordiali saluti,', '{{me}}',
  ]),
  T('feedback', 'it', 'formal', [
    'Gentile {{first}},', '',
    'collaboriamo da ${1:due mesi} e mi farebbe piacere conoscere la Sua opinione.', '',
    '1. Cosa sta funzionando bene?',
    '2. Cosa vorrebbe che facessi in modo diverso?',
    '3. C’è qualcosa che si aspettava e che non sta ricevendo?', '',
    'Qualche riga entro ${2:{{date}}} mi sarebbe molto utile; se preferisce, possiamo parlarne in una telefonata di 15 minuti.', '',
    'Cordiali saluti,', '{{me}}',
  ]),
  T('ending', 'it', 'formal', [
    '<!-- Prima di inviare: verifichi la clausola di recesso del contratto (preavviso, penali) e quanto è dovuto per il lavoro già svolto. -->',
    'Gentile {{first}},', '',
    'dopo ${1:queste ultime settimane} ritengo di non essere la persona più adatta a proseguire ${2:il progetto}, e che sia opportuno per entrambe le parti concludere la nostra collaborazione.', '',
    'Ai sensi della ${3:clausola 9 del contratto}, Le propongo di procedere come segue:', '',
    '- Le consegnerò ${4:i file e gli accessi relativi a tutto il lavoro svolto} entro ${5:{{date}}}.',
    '- Contestualmente Le invierò la fattura finale per ${6:le attività svolte fino a oggi}.',
    '- Se Le è utile, posso indicarLe ${7:un collega} per proseguire.', '',
    'La ringrazio per il lavoro svolto insieme.', '',
    'Distinti saluti,', '{{me}}',
  ]),
];

/** The templates for a language and register; English has one register for both. */
export function templatesFor(lang: Lang, register: TemplateRegister): Template[] {
  return TEMPLATES.filter((t) => t.lang === lang && (lang === 'en' || t.register === register));
}

/** Fills {{fields}} with known values; unknown ones become tab stops with the field's name. */
export function fillTemplate(body: string, values: Partial<Record<'first' | 'company' | 'me' | 'hours' | 'date' | 'rate', string>>): string {
  let stop = 20;
  return body.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => {
    const v = values[k as keyof typeof values];
    return v ? v.replace(/[$}\\]/g, '\\$&') : `\${${stop++}:${k}}`;
  });
}

/** The snippet text with every {{field}} as a plain tab stop (for snippets/*.json). */
export function snippetBody(body: string): string {
  return fillTemplate(body, {});
}
