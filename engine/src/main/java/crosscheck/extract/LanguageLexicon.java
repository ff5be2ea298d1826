package crosscheck.extract;

import static java.util.Map.entry;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The words by which page junk gives itself away in one language other than English, and the language's common
 * function words (stop words): the languages of world news from Arabic to Vietnamese, chosen by a page's declared or
 * detected language. English lives in {@link Boilerplate} and applies to every page (English interface words are
 * common on sites in any language); a page's own language adds its lexicon. Our own lists: frequent function words,
 * and the labels, headings, credits and appeals that news sites in each language print around their articles.
 *
 * @param labels      whole short blocks that are interface labels ("Weiterlesen", "Partager")
 * @param related     headings that introduce links to other stories ("Lesen Sie auch", "À lire aussi")
 * @param leads       starts of short blocks that are boilerplate: stamps, credits, follow prompts, appeals, copyright
 * @param captions    what marks a short block as a photo's caption or credit ("Fotó: …", "… 사진=Reyle 제공"), or
 *                    null where the leads cover it
 * @param stopWords   common function words, lower case; single characters where {@code byCharacter}
 * @param byCharacter true for languages whose function words are counted as characters (Chinese, Japanese, Korean)
 */
record LanguageLexicon(Pattern labels, Pattern related, Pattern leads, @Nullable Pattern captions,
                       Set<String> stopWords, boolean byCharacter) {

    /** Longest block that {@link #captions} are looked for in: a caption is a sentence or two. */
    private static final int MAX_CAPTION_CHARS = 300;

    /** A lexicon of a language written with spaces between words: its stop words are words. */
    private static LanguageLexicon words(String labels, String related, String leads, String stopWords) {
        return words(labels, related, leads, null, stopWords);
    }

    private static LanguageLexicon words(String labels, String related, String leads, @Nullable String captions,
                                         String stopWords) {
        return of(labels, related, leads, captions, stopWords, false);
    }

    /**
     * A lexicon of a language written without spaces between words (Chinese, Japanese) or with its function words
     * joined to the words before them (Korean): its stop words are single characters.
     */
    private static LanguageLexicon characters(String labels, String related, String leads, String stopWords) {
        return characters(labels, related, leads, null, stopWords);
    }

    private static LanguageLexicon characters(String labels, String related, String leads, @Nullable String captions,
                                              String stopWords) {
        return of(labels, related, leads, captions, stopWords, true);
    }

    private static LanguageLexicon of(String labels, String related, String leads, @Nullable String captions,
                                      String stopWords, boolean byCharacter) {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return new LanguageLexicon(Pattern.compile("^(" + nukta(labels) + ")[\\s\\p{P}\\p{S}]*$", flags),
                Pattern.compile("^(" + nukta(related) + ")[\\s\\p{P}\\p{S}]*$", flags),
                Pattern.compile("^(" + nukta(leads) + ")", flags),
                captions == null ? null : Pattern.compile(nukta(captions), flags),
                Set.of(stopWords.split(" ")), byCharacter);
    }

    /**
     * The pattern with each Devanagari letter that has a nukta (ड़, ढ़, क़ …) matching both of the ways it is
     * written: one code point, or the letter and the nukta sign (the usual form: Unicode normalisation keeps them
     * apart).
     */
    private static String nukta(String pattern) {
        StringBuilder sb = new StringBuilder(pattern.length());
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int base = -1;
            if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\u093C' && NUKTA_BASES.indexOf(c) >= 0) {
                base = NUKTA_BASES.indexOf(c);
                i++;
            } else if (c >= '\u0958' && c <= '\u095F') {
                base = c - '\u0958';
            }
            if (base >= 0) {
                sb.append("(?:").append(NUKTA_BASES.charAt(base)).append('\u093C').append('|')
                        .append((char) ('\u0958' + base)).append(')');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The letters whose nukta forms are U+0958 to U+095F, in that order: क ख ग ज ड ढ फ य. */
    private static final String NUKTA_BASES = "\u0915\u0916\u0917\u091C\u0921\u0922\u092B\u092F";

    /**
     * The pattern of a photo caption or credit by the words for a photo in one language ("Fotó", "Zdjęcie"): a block
     * that starts with one of them and a colon, or that ends in one, a colon and a short credit ("… Fotó: Jan Reyle",
     * "… (foto: Brask)").
     */
    private static String photo(String words) {
        return "^(" + words + ")\\s*[:：]|[\\s(](" + words + ")\\s*[:：][^.!?:]{1,80}\\)?\\s*$";
    }

    private static final LanguageLexicon NORWEGIAN = words("annonse|reklame|les mer|les videre|vis mer|del|"
                    + "del artikkelen|skriv ut|send|kommentarer|\\d+ kommentarer|kommenter|lukk|til toppen|abonner|"
                    + "tagger|emner",
            "les også|relaterte artikler|relatert|mest lest|flere nyheter|anbefalt|andre leser også|mer om",
            "(publisert|oppdatert|sist oppdatert)( den| kl\\.?)?:? ?\\S*\\d|kilde ?:|følg oss|"
                    + "alle rettigheter forbeholdt|les også ?:|abonner på|støtt (oss|vår)",
            photo("foto|bilde|illustrasjon"),
            "og i at det som en på er av for med til den har de ikke om et var han hun men seg fra vi så kan når "
                    + "år eller etter også jeg");

    /** Croatian, Serbian and Bosnian, in Latin and in Cyrillic letters. */
    private static final LanguageLexicon SERBO_CROATIAN = words("oglas|reklama|pročitaj više|opširnije|više|"
                    + "podijeli|podeli|ispis|štampaj|komentari|\\d+ komentar\\w*|komentiraj|komentariši|zatvori|"
                    + "na vrh|pretplati se|tagovi|oznake|прочитај више|опширније|подели|коментари|\\d+ коментар\\w*|"
                    + "затвори|ознаке",
            "pročitajte još|pročitajte i|povezani članci|povezane vijesti|povezane vesti|najčitanije|"
                    + "najčitanije vijesti|još vijesti|još vesti|preporučujemo|izdvajamo|vezane vijesti|"
                    + "možda vas zanima|прочитајте још|прочитајте и|повезане вести|најчитаније|још вести|препоручујемо",
            "(objavljeno|ažurirano|објављено|ажурирано)( ?:)? ?\\S*\\d|(izvor|извор) ?:|pratite nas|пратите нас|"
                    + "sva prava (pridržana|zadržana)|сва права задржана|"
                    + "(pročitajte još|pročitajte i|vezane vijesti|čitajte još|прочитајте још|прочитајте и) ?:",
            photo("foto|fotografija|ilustracija|фото|фотографија|илустрација"),
            "i u na je da se za od s sa su što šta koji koja koje to kao ali ili iz po o pa će bi bio bila bilo ne "
                    + "do nije te и у на је да се за од са су што шта који која које то као али или из по о па ће "
                    + "би био била било не до није те");

    /** Indonesian and Malay. */
    private static final LanguageLexicon INDONESIAN = words("iklan|baca selengkapnya|selengkapnya|lihat juga|"
                    + "bagikan|cetak|kirim|komentar|\\d+ komentar|tutup|ke atas|berlangganan|tag|topik",
            "baca juga|berita terkait|artikel terkait|terkait|berita berkaitan|berkaitan|terpopuler|"
                    + "berita terpopuler|paling banyak dibaca|berita lainnya|rekomendasi|pilihan editor|lihat juga|"
                    + "berita terkini|terbaru",
            "(diterbitkan|dipublikasikan|diperbarui|pembaruan terakhir|dibuat)( pada)?:? ?\\S*\\d|sumber ?:|"
                    + "ikuti kami|hak cipta dilindungi|(baca juga|lihat juga|simak juga|artikel terkait) ?:|"
                    + "(editor|penulis|pewarta|reporter|penyunting) ?:",
            photo("foto|gambar|ilustrasi"),
            "yang dan di ke dari ini itu dengan untuk pada dalam tidak akan juga ada adalah atau oleh sebagai karena "
                    + "bahwa telah sudah saat para kata ia mereka kami");

    private static final Map<String, LanguageLexicon> BY_LANGUAGE = Map.ofEntries(
            entry("de", words("anzeige|werbung|weiterlesen|mehr lesen|mehr anzeigen|teilen|drucken|versenden|e-mail|"
                            + "kommentare?|\\d+ kommentare?|kommentieren|zum artikel|nach oben|schließen|merken|"
                            + "artikel teilen|artikel drucken|vorlesen|jetzt abonnieren|abonnieren|zurück",
                    "mehr zum thema|lesen sie auch|lesen sie mehr|auch interessant|das könnte sie auch interessieren|"
                            + "weitere artikel|ähnliche artikel|verwandte artikel|meistgelesen|empfohlene artikel|"
                            + "mehr aus dem ressort|weitere meldungen|top-themen|mehr zu diesem thema",
                    "(veröffentlicht|aktualisiert|zuletzt aktualisiert|erstellt|stand)( am)?:? ?\\S*\\d|"
                            + "(foto|bild|fotos|quelle|grafik):|folgen sie uns|alle rechte vorbehalten|"
                            + "jetzt (abonnieren|anmelden|registrieren)|melden sie sich .{0,40}newsletter|"
                            + "unterstützen sie (uns|unseren|unabhängigen)",
                    photo("foto|fotos|bild|grafik"),
                    "der die das den dem des ein eine einen einem einer eines und oder aber nicht ist sind war "
                            + "wurde werden hat haben mit von zu zum zur auf in im an am für bei nach aus über "
                            + "sich es er sie wir auch noch nur wie als wenn dass so bis vor durch um")),
            entry("fr", words("publicité|pub|lire la suite|lire plus|en savoir plus|partager|imprimer|envoyer|"
                            + "commentaires?|\\d+ commentaires?|commenter|réagir|fermer|retour en haut|s'abonner",
                    "à lire aussi|a lire aussi|lire aussi|voir aussi|sur le même sujet|articles? liés?|"
                            + "à découvrir aussi|les plus lus|nos articles|dans la même rubrique|vous aimerez aussi|"
                            + "à lire également|sur le même thème|les articles les plus lus",
                    "(publié|mis à jour|modifié)( le)? ?:? ?\\S*\\d|(photo|crédit photo|crédits?|illustration) ?:|"
                            + "suivez-nous|tous droits réservés|abonnez-vous|inscrivez-vous|"
                            + "(lire aussi|à lire aussi|a lire aussi|lire également) ?:|soutenez (notre|le journalisme)",
                    photo("photo|photos|crédit photo|illustration"),
                    "le la les un une des du de d l et ou mais ne pas est sont était a ont été avec pour par sur "
                            + "dans en au aux ce cette ces qui que qu il elle ils elles nous vous se sa son ses leur "
                            + "plus comme tout aussi")),
            entry("es", words("publicidad|anuncio|leer más|ver más|seguir leyendo|compartir|imprimir|enviar|"
                            + "comentarios?|\\d+ comentarios?|comentar|cerrar|volver arriba|suscríbete",
                    "lee también|lea también|te puede interesar|le puede interesar|noticias relacionadas|"
                            + "artículos relacionados|relacionad[oa]s|más noticias|lo más leído|también te puede interesar|"
                            + "más leídas|otras noticias|te recomendamos|recomendamos",
                    "(publicado|actualizado|última actualización)( el)? ?:? ?\\S*\\d|(foto|fotos|imagen|crédito) ?:|"
                            + "síguenos|todos los derechos reservados|suscríbete|(lee|lea) también ?:|"
                            + "apoya (nuestro|el periodismo)",
                    photo("foto|fotos|imagen"),
                    "el la los las un una unos unas y o pero no es son era fue ha han con para por sobre en de del "
                            + "al a que se su sus lo le les como más este esta estos estas también muy")),
            entry("it", words("pubblicità|leggi anche|leggi tutto|continua a leggere|condividi|stampa|invia|"
                            + "commenti|\\d+ commenti|commenta|chiudi|torna su|abbonati",
                    "leggi anche|potrebbe interessarti|articoli correlati|notizie correlate|più letti|"
                            + "ti potrebbe interessare|altre notizie|dalla stessa sezione|i più letti",
                    "(pubblicato|aggiornato|ultimo aggiornamento)( il)? ?:? ?\\S*\\d|(foto|immagine|credito) ?:|"
                            + "seguici|tutti i diritti riservati|riproduzione riservata|iscriviti|(leggi anche) ?:|"
                            + "abbonati",
                    photo("foto|immagine"),
                    "il lo la i gli le un una uno e o ma non è sono era ha hanno con per da di del della dei delle "
                            + "al alla in nel nella su che si suo sua come più anche questo questa")),
            entry("pt", words("publicidade|anúncio|leia mais|ler mais|ver mais|continue lendo|compartilhar|partilhar|"
                            + "imprimir|enviar|comentários?|\\d+ comentários?|comentar|fechar|voltar ao topo|assine",
                    "leia também|veja também|leia mais|notícias relacionadas|matérias relacionadas|"
                            + "mais lidas|relacionadas|você pode gostar|saiba mais|mais notícias|recomendadas",
                    "(publicado|atualizado|actualizado)( em)? ?:? ?\\S*\\d|(foto|imagem|crédito) ?:|"
                            + "siga-nos|todos os direitos reservados|assine|inscreva-se|(leia também|veja também) ?:|"
                            + "receba (as|nossas) (notícias|novidades)",
                    photo("foto|fotos|imagem"),
                    "o a os as um uma uns umas e ou mas não é são era foi tem têm com para por pelo pela em no na "
                            + "nos nas de do da dos das ao que se seu sua como mais também este esta")),
            entry("ru", words("реклама|читать далее|читать полностью|подробнее|поделиться|печать|распечатать|"
                            + "комментарии|\\d+ комментари\\w*|комментировать|закрыть|наверх|подписаться",
                    "читайте также|смотрите также|по теме|похожие новости|другие новости|самое читаемое|"
                            + "популярное|новости по теме|рекомендуем|материалы по теме|читайте материал",
                    "(опубликовано|обновлено|дата публикации)( в)?:? ?\\S*\\d|(фото|фотография|источник):|"
                            + "подписывайтесь|все права защищены|(читайте также|смотрите также):|"
                            + "подпишитесь|опубликован в газете|заголовок в газете",
                    photo("фото|фотография"),
                    "и в во не на с со что как по к ко из от за для о об у же то а но или это он она они мы вы "
                            + "его ее их был была были быть бы ли также который которые")),
            entry("zh", characters("广告|廣告|阅读全文|閱讀全文|更多|分享|打印|列印|评论|評論|关闭|關閉|返回顶部|訂閱|订阅|推荐|推薦",
                    "相关新闻|相關新聞|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|热门新闻|熱門新聞|更多新闻|"
                            + "更多新聞|猜你喜欢|你可能也喜歡",
                    "(发布时间|發布時間|更新时间|更新時間|来源|來源|图片来源|圖片來源|责任编辑|責任編輯)[:：]|"
                            + "版权所有|版權所有|关注我们|關注我們|下载app|下載app",
                    "的 了 是 在 和 也 有 就 不 都 而 及 与 與 这 這 那 他 她 们 們 我 你 之 于 於 为 為 将 將 被 从 從")),
            entry("nl", words("advertentie|reclame|lees meer|lees verder|meer lezen|delen|deel dit artikel|printen|"
                            + "afdrukken|reacties?|\\d+ reacties?|reageer|reageren|sluiten|naar boven|terug naar boven|"
                            + "abonneer|abonneren|tags|onderwerpen",
                    "lees ook|lees meer over|meer over dit onderwerp|gerelateerde artikelen|gerelateerd nieuws|"
                            + "gerelateerd|meest gelezen|ook interessant|bekijk ook|meer nieuws|ander nieuws|"
                            + "aanbevolen|dit vind je misschien ook leuk",
                    "(gepubliceerd|bijgewerkt|laatst bijgewerkt|aangepast)( op)?:? ?\\S*\\d|bron ?:|volg ons|"
                            + "alle rechten voorbehouden|(lees ook|bekijk ook|lees meer) ?:|meld je aan voor|"
                            + "abonneer je|word abonnee|steun (ons|onze)",
                    photo("foto|foto's|beeld|afbeelding|illustratie"),
                    "de het een en of maar niet is zijn was werd worden heeft hebben met van voor op in aan bij naar "
                            + "uit over dat die dit deze er ook nog al als dan om te tot door zich ze hij zij we je "
                            + "wel geen meer")),
            entry("sv", words("annons|läs mer|läs vidare|visa mer|dela|skriv ut|skicka|kommentarer|"
                            + "\\d+ kommentarer|kommentera|stäng|till toppen|prenumerera|taggar|ämnen",
                    "läs också|läs även|relaterade artiklar|relaterat|mest lästa|fler nyheter|fler artiklar|"
                            + "rekommenderat|andra läser|du kanske också gillar|mer om",
                    "(publicerad|uppdaterad|senast uppdaterad)( den)?:? ?\\S*\\d|källa ?:|följ oss|"
                            + "alla rättigheter förbehållna|(läs också|läs även) ?:|prenumerera på|stöd (oss|vår)",
                    photo("foto|bild|illustration"),
                    "och i att det som en på är av för med till den har de inte om ett var han hon men sig från vi "
                            + "så kan när år eller efter också")),
            entry("da", words("annonce|reklame|læs mere|læs videre|vis mere|del|del artiklen|print|udskriv|send|"
                            + "kommentarer|\\d+ kommentarer|kommenter|luk|til toppen|abonner|tags|emner",
                    "læs også|relaterede artikler|relateret|mest læste|flere nyheder|anbefalet|"
                            + "andre læser også|mere om",
                    "(publiceret|opdateret|senest opdateret)( den| kl\\.?)?:? ?\\S*\\d|kilde ?:|følg os|"
                            + "alle rettigheder forbeholdes|læs også ?:|tilmeld dig|støt (os|vores)",
                    photo("foto|billede|illustration"),
                    "og i at det som en på er af for med til den har de ikke om et var han hun men sig fra vi så "
                            + "kan når år eller efter også jeg")),
            entry("no", NORWEGIAN),
            entry("nb", NORWEGIAN),
            entry("nn", NORWEGIAN),
            entry("fi", words("mainos|lue lisää|näytä lisää|jaa|tulosta|lähetä|kommentit|\\d+ kommenttia?|kommentoi|"
                            + "sulje|takaisin ylös|tilaa|tagit|aiheet",
                    "lue myös|aiheeseen liittyvät|aiheeseen liittyvää|luetuimmat|luetuimmat uutiset|uusimmat|"
                            + "lisää uutisia|suosittelemme|katso myös",
                    "(julkaistu|päivitetty)( ?:)? ?\\S*\\d|lähde ?:|seuraa meitä|kaikki oikeudet pidätetään|"
                            + "(lue myös|katso myös) ?:|tilaa uutiskirje",
                    photo("kuva|kuvat|kuvitus"),
                    "ja on ei että se oli hän mutta kun tai niin myös jo sen ovat olla kuin mitä nyt vain joka "
                            + "jotka sekä tämä tämän ole voi")),
            entry("pl", words("reklama|czytaj więcej|czytaj dalej|więcej|udostępnij|drukuj|wyślij|komentarze|"
                            + "\\d+ komentarz\\w*|skomentuj|zamknij|do góry|subskrybuj|tagi|zobacz więcej",
                    "czytaj także|czytaj też|zobacz także|zobacz też|przeczytaj także|przeczytaj też|"
                            + "powiązane artykuły|podobne artykuły|najczęściej czytane|najpopularniejsze|polecamy|"
                            + "więcej wiadomości|inne artykuły|może cię zainteresować|warto przeczytać",
                    "(opublikowano|aktualizacja|zaktualizowano|data publikacji)( ?:)? ?\\S*\\d|źródło ?:|"
                            + "obserwuj nas|wszelkie prawa zastrzeżone|(czytaj także|czytaj też|zobacz także|"
                            + "zobacz też|przeczytaj także|przeczytaj też|polecamy) ?:|zapisz się do newslettera|"
                            + "wesprzyj (nas|nasz)",
                    photo("foto|zdjęcie|zdjęcia|ilustracja|autor zdjęcia")
                            + "|(^|[\\s(])fot\\. ?[^.!?:]{1,80}\\)?\\s*$",
                    "i w we z ze na do nie się że to jest są był była było jak o od po za przez dla a ale lub oraz "
                            + "czy tak już też tylko co jego jej ich może który która które tym tego")),
            entry("cs", words("reklama|číst dál|čtěte dál|více|sdílet|tisk|vytisknout|komentáře|diskuse|"
                            + "\\d+ komentář\\w*|zavřít|nahoru|odebírat|štítky|tagy",
                    "čtěte také|čtěte též|mohlo by vás zajímat|související články|související|nejčtenější|"
                            + "další zprávy|doporučujeme|přečtěte si také|podobné články",
                    "(publikováno|aktualizováno|vydáno)( ?:)? ?\\S*\\d|zdroj ?:|sledujte nás|"
                            + "všechna práva vyhrazena|(čtěte také|čtěte též|přečtěte si také|související) ?:|"
                            + "přihlaste se k odběru|podpořte (nás|naši)",
                    photo("foto|ilustrační foto|autor fotografie|snímek"),
                    "a i v ve na s se z ze do k o u je jsou byl byla bylo by že to který která které jak pro od po "
                            + "za ale nebo také jen už jeho její jejich tak co při podle než")),
            entry("sk", words("reklama|čítať ďalej|viac|zdieľať|tlačiť|komentáre|diskusia|\\d+ komentár\\w*|zavrieť|"
                            + "hore|štítky|tagy",
                    "čítajte aj|súvisiace články|súvisiace|najčítanejšie|ďalšie správy|odporúčame|"
                            + "mohlo by vás zaujímať|prečítajte si aj",
                    "(publikované|aktualizované|uverejnené)( ?:)? ?\\S*\\d|zdroj ?:|sledujte nás|"
                            + "všetky práva vyhradené|(čítajte aj|prečítajte si aj|súvisiace) ?:|podporte (nás|našu)",
                    photo("foto|ilustračné foto|snímka"),
                    "a aj v vo na s so z zo do k o u je sú bol bola bolo by že to ktorý ktorá ktoré ako pre od po "
                            + "za ale alebo tiež len už jeho jej ich tak čo pri podľa než sa si")),
            entry("hu", words("hirdetés|reklám|tovább|tovább olvasom|bővebben|részletek|megosztás|megosztom|"
                            + "nyomtatás|küldés|hozzászólások?|\\d+ hozzászólás|kommentek?|\\d+ komment|bezárás|"
                            + "vissza a tetejére|feliratkozás|címkék|cimkék",
                    "kapcsolódó cikkek|kapcsolódó hírek|kapcsolódó|ezek is érdekelhetik|ez is érdekelheti|ajánljuk|"
                            + "ajánló|legolvasottabb|legfrissebb hírek|további hírek|olvasta már\\?|még több hír|"
                            + "hasonló cikkek",
                    "(közzétéve|közzététel|publikálva|frissítve|módosítva|utolsó frissítés)( ?:)? ?\\S*\\d|"
                            + "forrás ?:|kövessen minket|kövess minket|minden jog fenntartva|"
                            + "(kapcsolódó|ajánló|olvasta már\\?) ?:|iratkozzon fel|támogass(a|d) (a|az|minket)",
                    photo("fotó|fotók|kép|borítókép|nyitókép|címlapkép|illusztráció"),
                    "a az és hogy nem is egy meg de ha már csak még van volt lesz mint ezt azt ez el ki be le fel "
                            + "mert vagy sem pedig után között szerint során akkor amely aki ami")),
            entry("ro", words("publicitate|reclamă|cite[șş]te mai mult|mai mult|distribuie|trimite|printează|"
                            + "tipăre[șş]te|comentarii|\\d+ comentarii|comentează|închide|abonează-te|etichete|taguri",
                    "cite[șş]te [șş]i|vezi [șş]i|articole similare|articole asemănătoare|cele mai citite|"
                            + "[șş]tiri similare|alte [șş]tiri|recomandări|ar putea să te intereseze|"
                            + "pe aceea[șş]i temă|[șş]tiri pe aceea[șş]i temă",
                    "(publicat|actualizat|ultima actualizare)( la| pe)?:? ?\\S*\\d|sursa ?:|sursă ?:|"
                            + "urmăre[șş]te-ne|toate drepturile rezervate|(cite[șş]te [șş]i|vezi [șş]i) ?:|"
                            + "sus[țţ]ine (presa|jurnalismul)",
                    photo("foto|imagine|ilustra[țţ]ie|fotografie"),
                    "[șş]i în la de pe cu din care a al ale cel mai nu este sunt fost au o un unei unui că se să ce "
                            + "pentru prin sau dar iar după despre ca această acest fi")),
            entry("tr", words("reklam|devamını oku|devamı|daha fazla|paylaş|yazdır|gönder|yorumlar|\\d+ yorum|"
                            + "yorum yap|kapat|yukarı çık|abone ol|etiketler",
                    "ilgili haberler|benzer haberler|ilginizi çekebilir|bunları da okuyun|"
                            + "bunlar da ilginizi çekebilir|en çok okunanlar|çok okunanlar|diğer haberler|"
                            + "önerilen haberler|sonraki haber|öne çıkanlar|ayrıca okuyun",
                    "(yayınlanma|yayın|güncelleme|güncellenme|son güncelleme|oluşturulma)( tarihi)?:? ?\\S*\\d|"
                            + "kaynak ?:|bizi takip edin|tüm hakları saklıdır|"
                            + "(ilgili haber|ayrıca okuyun|bunu da okuyun) ?:|abone olun",
                    photo("foto|fotoğraf|görsel"),
                    "ve bir bu da de ile için ama çok daha olarak olan gibi ne ki o ya en sonra kadar göre ise her "
                            + "şey değil mi var yok onun şu")),
            entry("el", words("διαφήμιση|περισσότερα|διαβάστε περισσότερα|κοινοποίηση|μοιραστείτε|εκτύπωση|αποστολή|"
                            + "σχόλια|\\d+ σχόλια|σχολιάστε|κλείσιμο|ετικέτες",
                    "διαβάστε επίσης|διαβάστε ακόμα|δείτε επίσης|δείτε ακόμα|σχετικά άρθρα|σχετικές ειδήσεις|"
                            + "σχετικά|δημοφιλή|τα πιο δημοφιλή|περισσότερες ειδήσεις|προτεινόμενα|πρόσφατα άρθρα",
                    "(δημοσιεύθηκε|δημοσίευση|ενημερώθηκε|τελευταία ενημέρωση)( στις)?:? ?\\S*\\d|πηγή ?:|"
                            + "ακολουθήστε μας|με την επιφύλαξη παντός δικαιώματος|"
                            + "(διαβάστε επίσης|διαβάστε ακόμα|δείτε επίσης|δείτε ακόμα) ?:",
                    photo("φωτογραφία|φωτ\\.|εικόνα"),
                    "και το η ο της του των τα την τον να σε με για από που στο στην στα στις στον θα δεν είναι "
                            + "ένα μια ως αλλά όπως ή οι τις τους έχει")),
            entry("uk", words("реклама|читати далі|детальніше|докладніше|поділитися|друк|коментарі|\\d+ коментар\\w*|"
                            + "коментувати|закрити|нагору|підписатися|теги|мітки",
                    "читайте також|дивіться також|по темі|на тему|схожі новини|інші новини|популярне|"
                            + "найпопулярніше|рекомендуємо|новини за темою|найчитаніше|пов['’]язані новини",
                    "(опубліковано|оновлено|дата публікації)( о)?:? ?\\S*\\d|джерело ?:|підписуйтесь|"
                            + "підписуйтеся|(всі|усі) права захищені|(читайте також|дивіться також) ?:|"
                            + "стежте за нами",
                    photo("фото|ілюстрація|світлина"),
                    "і й та в у на з із зі що як до не від за для про по це він вона вони ми ви його її їх був "
                            + "була були бути також який яка які але або чи щоб після")),
            entry("bg", words("реклама|прочети още|още|виж още|сподели|печат|принтирай|коментари|\\d+ коментар\\w*|"
                            + "коментирай|затвори|нагоре|абонирай се|етикети|тагове",
                    "прочетете още|прочети още|вижте още|виж още|свързани новини|свързани статии|най-четени|"
                            + "най-четено|още новини|препоръчано|по темата|още по темата|последни новини",
                    "(публикувано|обновено|актуализирано|последна промяна)( на)?:? ?\\S*\\d|източник ?:|"
                            + "последвайте ни|всички права запазени|(прочетете още|вижте още|още по темата) ?:|"
                            + "абонирайте се",
                    photo("снимка|снимки|илюстрация"),
                    "и в във на с със за от до по не да се че е са бе беше като който която които това този тази "
                            + "но или при след към също има ще ги го му им")),
            entry("hr", SERBO_CROATIAN),
            entry("sr", SERBO_CROATIAN),
            entry("bs", SERBO_CROATIAN),
            entry("sq", words("reklamë|reklama|lexo më shumë|më shumë|shpërndaj|printo|komente|\\d+ komente|komento|"
                            + "mbyll|abonohu|etiketa",
                    "lexo edhe|lexoni edhe|lajme të ngjashme|artikuj të ngjashëm|më të lexuarat|lajme të tjera|"
                            + "lajmet e fundit|të fundit",
                    "(publikuar|përditësuar)( më| në)?:? ?\\S*\\d|burimi ?:|na ndiqni|"
                            + "të gjitha të drejtat e rezervuara|(lexo edhe|lexoni edhe|lexo më shumë) ?:",
                    photo("foto|ilustrim"),
                    "dhe në të e i një për me nga që është u se ka kanë do nuk si por ose edhe më kjo ky ai ajo "
                            + "ata pas mbi")),
            entry("ca", words("publicitat|llegeix més|llegir més|més|comparteix|imprimeix|envia|comentaris|"
                            + "\\d+ comentaris|comenta|tanca|amunt|subscriu-te|etiquetes",
                    "també et pot interessar|et pot interessar|notícies relacionades|articles relacionats|"
                            + "relacionats|el més llegit|més llegides|més notícies|us recomanem|recomanem",
                    "(publicat|actualitzat|actualització)( el| a les)?:? ?\\S*\\d|font ?:|segueix-nos|"
                            + "tots els drets reservats|(llegeix també|llegiu també) ?:",
                    photo("foto|fotos|imatge|crèdit"),
                    "el la els les un una uns unes i o però no és són era va ha han amb per a de del dels al als en "
                            + "que es se seu seva com més aquest aquesta també molt")),
            entry("id", INDONESIAN),
            entry("ms", INDONESIAN),
            entry("vi", words("quảng cáo|xem thêm|đọc tiếp|chia sẻ|in bài|gửi|bình luận|\\d+ bình luận|đóng|"
                            + "lên đầu trang|đăng ký|thẻ|từ khóa|từ khoá",
                    "tin liên quan|bài liên quan|tin cùng chuyên mục|đọc nhiều|xem nhiều|tin mới|tin khác|"
                            + "các tin khác|có thể bạn quan tâm|bài viết liên quan|đọc thêm|tin nổi bật",
                    "(đăng|cập nhật|ngày đăng)( lúc| ngày)?:? ?\\S*\\d|nguồn ?:|theo dõi chúng tôi|"
                            + "bản quyền thuộc về|(xem thêm|đọc thêm|tin liên quan) ?:",
                    photo("ảnh|ảnh minh họa|ảnh minh hoạ"),
                    "và của là có được cho với các những trong một này đã không người khi để thì từ về đến cũng "
                            + "như theo tại ra sẽ bị nhưng")),
            entry("ar", words("إعلان|اعلان|اقرأ المزيد|إقرأ المزيد|المزيد|شارك|مشاركة|طباعة|إرسال|تعليقات|التعليقات|"
                            + "أغلق|إغلاق|اشترك|الوسوم|وسوم|كلمات مفتاحية|صورة أرشيفية|صورة ارشيفية|صورة تعبيرية",
                    "[اإ]قرأ أيضا|[اإ]قرأ أيضاً|[اإ]قرأ ايضا|مواضيع ذات صلة|أخبار ذات صلة|اخبار ذات صلة|"
                            + "مقالات ذات صلة|ذات صلة|الأكثر قراءة|الاكثر قراءة|الأكثر مشاهدة|أخبار متعلقة|قد يهمك|"
                            + "قد يعجبك أيضا|المزيد من الأخبار",
                    "(نشر|تاريخ النشر|آخر تحديث|اخر تحديث|تم النشر)( في)?:? ?\\S*\\p{Nd}|المصدر ?:|تابعونا|تابعنا|"
                            + "جميع الحقوق محفوظة|([اإ]قرأ أيضا|[اإ]قرأ أيضاً|[اإ]قرأ ايضا) ?:",
                    photo("صورة|الصورة|تصوير|مصدر الصورة"),
                    "في من على إلى الى عن أن ان التي الذي مع هذا هذه كان لا ما قد و أو ثم بعد كما بين حيث عند ذلك "
                            + "كل إن لم لن وقد وفي وأن")),
            entry("fa", words("تبلیغات|آگهی|ادامه مطلب|بیشتر|اشتراک‌گذاری|اشتراک گذاری|چاپ|ارسال|نظرات|دیدگاه‌ها|بستن|"
                            + "برچسب‌ها|برچسب ها|کلیدواژه‌ها",
                    "بیشتر بخوانید|مطالب مرتبط|اخبار مرتبط|خبرهای مرتبط|پربازدیدترین|پربازدیدترین ها|پربحث‌ترین|"
                            + "آخرین اخبار|بخوانید|مطالب پیشنهادی|پیشنهاد سردبیر",
                    "(تاریخ انتشار|منتشر شده|به‌روزرسانی|آخرین به‌روزرسانی|کد خبر)( در)?:? ?\\S*\\p{Nd}|منبع ?:|"
                            + "ما را دنبال کنید|تمامی حقوق|کلیه حقوق|(بیشتر بخوانید|بخوانید) ?:",
                    photo("عکس|تصویر"),
                    "و در به از که این را با است برای آن یک تا هم بر شده می شود کرد بود نیز های ها خود او ما "
                            + "آنها اما یا پس")),
            entry("he", words("פרסומת|קרא עוד|קראו עוד|עוד|שתף|שיתוף|הדפס|שלח|תגובות|\\d+ תגובות|סגור|תגיות",
                    "כתבות נוספות|עוד בנושא|כתבות קשורות|הנקראים ביותר|מומלצים|עוד חדשות|אולי יעניין אותך|"
                            + "קראו גם|קרא גם",
                    "(פורסם|עודכן|עדכון אחרון)( ב)?:? ?\\S*\\d|מקור ?:|עקבו אחרינו|כל הזכויות שמורות|"
                            + "(קראו גם|קרא גם) ?:",
                    photo("צילום|צילומים|קרדיט"),
                    "של את על עם לא הוא היא הם זה זו כי גם אם או אבל מה יש אין כל עוד היה הייתה אשר רק כמו לפי "
                            + "אחרי בין")),
            entry("hi", words("विज्ञापन|और पढ़ें|आगे पढ़ें|पूरा पढ़ें|शेयर करें|शेयर|प्रिंट|टिप्पणियां|टिप्पणियाँ|कमेंट|"
                            + "बंद करें|सब्सक्राइब करें|टैग्स|टैग|सांकेतिक तस्वीर|प्रतीकात्मक तस्वीर|"
                            + "सांकेतिक फोटो|प्रतीकात्मक फोटो|फाइल फोटो",
                    "ये भी पढ़ें|यह भी पढ़ें|इसे भी पढ़ें|संबंधित खबरें|संबंधित ख़बरें|संबंधित समाचार|"
                            + "सबसे ज्यादा पढ़ी गई|सबसे अधिक पढ़ी गई|अन्य खबरें|लोकप्रिय|और खबरें|ताज़ा खबरें|"
                            + "ताजा खबरें",
                    "(प्रकाशित|अपडेटेड|अपडेट|प्रकाशित तिथि)( की)?:? ?\\S*\\p{Nd}|स्रोत ?:|हमें फॉलो करें|"
                            + "सर्वाधिकार सुरक्षित|(ये भी पढ़ें|यह भी पढ़ें|इसे भी पढ़ें) ?:",
                    photo("फोटो|फ़ोटो|तस्वीर|फोटो साभार"),
                    "का की के में है और से को ने पर यह वह भी कि एक हैं था थी थे तो ही नहीं लिए साथ बाद इस उस जो "
                            + "कर किया गया गई")),
            entry("ko", characters("광고|더보기|기사 더보기|공유|공유하기|인쇄|프린트|댓글|\\d+개의 댓글|닫기|맨위로|구독|"
                            + "구독하기|태그",
                    "관련기사|관련 기사|관련뉴스|관련 뉴스|많이 본 뉴스|많이 본 기사|인기기사|인기 기사|추천기사|"
                            + "추천 기사|주요뉴스|주요 뉴스|최신뉴스|이시각 주요뉴스|함께 보면 좋은 기사",
                    "(입력|수정|등록|승인|최종수정|기사입력|업데이트)\\s*:?\\s*\\S*\\d|출처\\s*[:=]|"
                            + "무단 ?전재|저작권자|(관련기사|관련 기사)\\s*[:▶]",
                    "(^|[\\s(\\[/▲△])(사진|사진제공|자료사진|그래픽|이미지)\\s*[=:：]",
                    "의 는 은 이 가 을 를 에 서 고 다 로 으 와 과 도 한 하 했 며 지 것 수 있 등 된 및")),
            entry("ja", characters("広告|続きを読む|もっと見る|シェア|シェアする|印刷|コメント|\\d+件のコメント|閉じる|"
                            + "ページトップへ|トップへ戻る|購読|タグ|ツイート",
                    "関連記事|関連ニュース|おすすめ記事|おすすめ|人気記事|アクセスランキング|ランキング|注目記事|"
                            + "こちらもおすすめ|あわせて読みたい|次の記事|最新記事|新着記事",
                    "(公開日|更新日|配信日|投稿日|掲載日|最終更新)[:：\\s]*\\S*\\d|出典[:：]|【関連記事】|【関連】|"
                            + "関連記事[:：]|無断転載",
                    "(写真|画像|撮影|写真提供|資料写真)[:：=＝]|^【写真】|[（(]写真[^）)]{0,40}[）)]$",
                    "の に は を た が で て と し れ さ も な い か ら っ る う こ よ ま す ど り")));

    /** The lexicon of a language code ({@code de}, {@code fr}), or null for English and languages without one. */
    static @Nullable LanguageLexicon of(@Nullable String language) {
        return language == null ? null : BY_LANGUAGE.get(language);
    }

    /** The junk reason a short block's text gives in this language, or null. */
    @Nullable String reasonForText(String text) {
        if (text.length() <= 60 && labels.matcher(text).matches()) {
            return "label";
        }
        if (text.length() <= 60 && related.matcher(text).matches()) {
            return "related";
        }
        if (text.length() <= 200 && leads.matcher(text).find()) {
            return "boilerplate";
        }
        if (captions != null && text.length() <= MAX_CAPTION_CHARS && captions.matcher(text).find()) {
            return "caption";
        }
        return null;
    }

    /** True when the text is a heading that introduces links to other stories. */
    boolean isRelatedHeading(String text) {
        return related.matcher(text).matches();
    }

    /**
     * The share of the text's words that are function words (jusText's measure), or for a language whose stop words
     * are characters, the share of its letters from U+2E80 on (Han, kana, Hangul) that are function characters; 0
     * for an empty text. A word is a run of letters, digits and combining marks (the vowel signs of Devanagari, the
     * vowel points of Arabic and Hebrew).
     */
    double stopWordDensity(String text) {
        if (byCharacter) {
            int letters = 0;
            int stop = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '\u2E80' && Character.isLetter(c)) {
                    letters++;
                    if (stopWords.contains(String.valueOf(c))) {
                        stop++;
                    }
                }
            }
            return letters == 0 ? 0 : (double) stop / letters;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int words = 0;
        int stop = 0;
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean inWord = i < lower.length() && isWordChar(lower.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words++;
                if (stopWords.contains(lower.substring(start, i))) {
                    stop++;
                }
                start = -1;
            }
        }
        return words == 0 ? 0 : (double) stop / words;
    }

    private static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
