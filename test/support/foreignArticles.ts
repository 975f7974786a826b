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

/**
 * More invented articles in French, Spanish and German: with the first ones,
 * long enough (over 2,048 characters) that franc reads a full sample of
 * different sentences, as it does on a real article.
 */
export const MORE_ARTICLES: Partial<Record<ForeignLanguage, string[]>> = {
  French: [
    [
      'Le ministre de la Santé a annoncé jeudi la fermeture de deux maternités dans le département, une décision qui a provoqué la colère des élus locaux.',
      '« C\'est une question de sécurité pour les mères et les nouveau-nés », a-t-il expliqué lors d\'une conférence de presse à Lyon.',
      'D\'après un rapport de l\'agence régionale, le nombre de naissances a baissé de près d\'un tiers en dix ans dans ces établissements.',
      'Les syndicats, eux, dénoncent un choix purement budgétaire. « On nous parle de sécurité, mais on ferme parce que ça coûte trop cher », a estimé une sage-femme qui a souhaité garder l\'anonymat.',
      'Une manifestation est prévue samedi devant la préfecture, où les organisateurs attendent plusieurs milliers de personnes.',
    ].join('\n\n'),
    [
      'La police a interpellé mercredi matin trois hommes soupçonnés d\'avoir dérobé des œuvres d\'art dans un château de la vallée.',
      'Selon le parquet, les suspects auraient agi sur commande pour le compte d\'un collectionneur étranger, qui n\'a pas encore été identifié.',
      '« L\'enquête ne fait que commencer et d\'autres arrestations ne sont pas exclues », a précisé le procureur, qui a refusé de donner plus de détails.',
      'Le propriétaire du château, joint par téléphone, s\'est dit soulagé mais inquiet : la plupart des tableaux n\'ont toujours pas été retrouvés.',
      'Les enquêteurs espèrent que les images des caméras de surveillance permettront de remonter jusqu\'aux commanditaires.',
    ].join('\n\n'),
  ],
  Spanish: [
    [
      'El Gobierno regional anunció el jueves el cierre de dos hospitales comarcales, una decisión que ha provocado el rechazo de los alcaldes de la zona.',
      '“Es una cuestión de seguridad para los pacientes”, explicó la consejera de Sanidad durante una rueda de prensa en Valladolid.',
      'De acuerdo con un informe del servicio de salud, el número de ingresos se ha reducido casi un tercio en los últimos diez años.',
      'Los sindicatos, por su parte, denuncian que se trata de una decisión puramente económica. “Nos hablan de seguridad, pero cierran porque cuesta demasiado”, señaló una enfermera que pidió no ser identificada.',
      'Los vecinos han convocado una manifestación para el sábado frente a la delegación del Gobierno, donde esperan reunir a varios miles de personas.',
    ].join('\n\n'),
    [
      'La policía detuvo el miércoles por la mañana a tres hombres sospechosos de haber robado varias obras de arte de un palacio del siglo dieciocho.',
      'Según la fiscalía, los detenidos habrían actuado por encargo de un coleccionista extranjero que todavía no ha sido identificado.',
      '“La investigación no ha hecho más que empezar y no se descartan nuevas detenciones”, afirmó el fiscal, que se negó a dar más detalles.',
      'El dueño del palacio, consultado por teléfono, se mostró aliviado pero preocupado, porque la mayoría de los cuadros todavía no han aparecido.',
    ].join('\n\n'),
  ],
  German: [
    [
      'Das Gesundheitsministerium hat am Donnerstag die Schließung von zwei Kreiskrankenhäusern angekündigt, was bei den Bürgermeistern der Region auf heftigen Widerstand stößt.',
      '„Es geht um die Sicherheit der Patienten“, erklärte die Ministerin auf einer Pressekonferenz in Erfurt.',
      'Laut einem Bericht der Landesbehörde ist die Zahl der Aufnahmen in den vergangenen zehn Jahren um fast ein Drittel gesunken.',
      'Die Gewerkschaften sprechen dagegen von einer rein finanziellen Entscheidung. „Man redet von Sicherheit, aber man schließt, weil es zu teuer ist“, sagte eine Krankenschwester, die nicht genannt werden wollte.',
      'Für Samstag ist eine Kundgebung vor dem Landratsamt geplant, zu der die Veranstalter mehrere tausend Menschen erwarten.',
    ].join('\n\n'),
  ],
};

/** Invented articles in other scripts (each over 200 letters), told by their script. */
export const OTHER_SCRIPTS = {
  Russian: 'Городской совет Нижнего Новгорода во вторник утвердил бюджет на следующий год, несмотря на возражения оппозиции. «Мы не закроем ни одной школы», — заявил мэр города журналистам. По данным министерства, очереди в больницах сократились вдвое с января, однако депутаты потребовали независимой проверки этих цифр.\n',
  Chinese: '市议会星期二晚上通过了明年的预算，比去年增加了百分之四。市长在记者会上表示：“只要我还是市长，我们就不会关闭任何一所学校。”据地区政府的报告，医院的候诊名单自一月以来已经减少了一半。不过，反对派议员说这些数字不可靠，并要求进行独立审计。他们认为市民有权知道真相，政府应该公开所有的数据。\n卫生部门的发言人周四说，新医院的建设工作将在春天开始，预计耗资一千二百万元。当地居民对这个计划的看法不一，许多人表示他们从来没有被征求过意见，希望政府能够举行公开听证会。\n',
  Arabic: 'وافق مجلس المدينة يوم الثلاثاء على ميزانية العام المقبل رغم اعتراض المعارضة. وقال رئيس البلدية للصحفيين إننا لن نغلق أي مدرسة ما دمت في منصبي. ووفقا لتقرير الوزارة فإن قوائم الانتظار في المستشفيات انخفضت إلى النصف منذ يناير، لكن النواب طالبوا بمراجعة مستقلة لهذه الأرقام.\n',
} as const;
