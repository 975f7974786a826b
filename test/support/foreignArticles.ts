/**
 * Invented news articles in languages Claim Lens does not read, in the style
 * that gave 0 claims and no word why (quotes in « … » or “…”, a-t-il affirmé,
 * afirmó, Selon…, Según…), each over 200 letters, with the foreign names and
 * figures news carries. The unit tests check that detectLanguage names each
 * language; the integration tests open the French one.
 */
export const FOREIGN_ARTICLES = {
  French: [
    'Le conseil municipal de Vernay-sur-Loire a adopté mardi soir un budget en hausse de 4,2 %, malgré l\'opposition de trois élus.',
    '« Nous n\'avons pas le choix : les écoles tombent en ruine », a-t-il affirmé devant la presse, avant de quitter la salle.',
    'Selon la préfecture, les travaux du nouveau pont commenceront au printemps et coûteront près de 12 millions d\'euros.',
    'La maire, Hélène Dufresne, a déclaré que la ville ne renoncerait pas au projet. « C\'est une promesse faite aux habitants », a ajouté son adjoint, Marc Olivier.',
  ].join('\n\n') + '\n',
  Spanish: [
    'El Ayuntamiento de Villaverde del Río aprobó el martes un presupuesto de 38 millones de euros, un 6 % más que el año pasado.',
    '“No vamos a cerrar ningún centro de salud mientras yo sea alcalde”, afirmó Joaquín Herrera ante los periodistas.',
    'Según el informe de la consejería, las listas de espera se han reducido a la mitad desde enero.',
    'La oposición, sin embargo, aseguró que las cifras no son fiables y pidió una auditoría independiente. “Los vecinos merecen la verdad”, dijo la portavoz, Marta Iglesias.',
  ].join('\n\n') + '\n',
  German: [
    'Der Stadtrat von Lindenbrück hat am Dienstag einen Haushalt von 41 Millionen Euro beschlossen, gut fünf Prozent mehr als im Vorjahr.',
    '„Wir werden keine Schule schließen, solange ich Bürgermeister bin“, sagte Jürgen Albrecht vor Journalisten.',
    'Nach Angaben des Landratsamtes sollen die Bauarbeiten an der neuen Brücke im Frühjahr beginnen.',
    'Die Opposition erklärte dagegen, die Zahlen seien nicht belastbar, und forderte eine unabhängige Prüfung. „Die Bürger haben ein Recht auf die Wahrheit“, sagte die Fraktionschefin Sabine Kröger.',
  ].join('\n\n') + '\n',
  Portuguese: [
    'A Câmara Municipal de Vila Nova do Sul aprovou na terça-feira um orçamento de 27 milhões de euros, mais 5 % do que no ano passado.',
    '“Não vamos fechar nenhuma escola enquanto eu for presidente da câmara”, afirmou João Ferreira aos jornalistas.',
    'Segundo o relatório da direção regional, as listas de espera nos hospitais diminuíram para metade desde janeiro.',
    'A oposição, no entanto, disse que os números não são fiáveis e pediu uma auditoria independente. “Os moradores merecem a verdade”, declarou a vereadora Ana Conceição.',
  ].join('\n\n') + '\n',
  Italian: [
    'Il consiglio comunale di Borgo San Vito ha approvato martedì sera un bilancio di 33 milioni di euro, in aumento del 4 % rispetto all\'anno scorso.',
    '«Non chiuderemo nessuna scuola finché sarò sindaco», ha dichiarato Giovanni Ferrante ai giornalisti.',
    'Secondo la relazione della regione, le liste d\'attesa negli ospedali si sono dimezzate da gennaio.',
    'L\'opposizione, però, ha affermato che i dati non sono affidabili e ha chiesto una verifica indipendente. «I cittadini meritano la verità», ha detto la consigliera Chiara Lombardi.',
  ].join('\n\n') + '\n',
} as const;

export type ForeignLanguage = keyof typeof FOREIGN_ARTICLES;

/** ISO 639-3 codes of the invented articles' languages, as franc gives them. */
export const FOREIGN_CODES: Record<ForeignLanguage, string> = { French: 'fra', Spanish: 'spa', German: 'deu', Portuguese: 'por', Italian: 'ita' };

/**
 * The French article with one English sentence in it (a British visitor's
 * words): it still reads as French, and the engine, made to analyse it
 * (--language en, claimLens.language "en"), finds that sentence's claim.
 */
export const FRENCH_WITH_ENGLISH = FOREIGN_ARTICLES.French + '\nThe British ambassador, Sarah Collins, said the bridge would open in 2027.\n';
