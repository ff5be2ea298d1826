package crosscheck.extract;

import crosscheck.internal.Texts;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The words by which page junk gives itself away in one language other than English, and the language's common
 * function words (stop words): German, French, Spanish, Italian, Portuguese, Russian and Chinese. English lives in
 * {@link Boilerplate} and applies to every page (English interface words are common on sites in any language); a
 * page's own language adds its lexicon. Our own lists: frequent function words, and the labels, headings and
 * appeals that news sites in each language print around their articles.
 *
 * @param labels      whole short blocks that are interface labels ("Weiterlesen", "Partager")
 * @param related     headings that introduce links to other stories ("Lesen Sie auch", "À lire aussi")
 * @param leads       starts of short blocks that are boilerplate: stamps, credits, follow prompts, appeals, copyright
 * @param stopWords   common function words, lower case
 */
record LanguageLexicon(Pattern labels, Pattern related, Pattern leads, Set<String> stopWords) {

    private static LanguageLexicon of(String labels, String related, String leads, String stopWords) {
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return new LanguageLexicon(Pattern.compile("^(" + labels + ")[\\s\\p{P}\\p{S}]*$", flags),
                Pattern.compile("^(" + related + ")[\\s\\p{P}\\p{S}]*$", flags),
                Pattern.compile("^(" + leads + ")", flags), Set.of(stopWords.split(" ")));
    }

    private static final Map<String, LanguageLexicon> BY_LANGUAGE = Map.of(
            "de", of("anzeige|werbung|weiterlesen|mehr lesen|mehr anzeigen|teilen|drucken|versenden|e-mail|"
                            + "kommentare?|\\d+ kommentare?|kommentieren|zum artikel|nach oben|schließen|merken|"
                            + "artikel teilen|artikel drucken|vorlesen|jetzt abonnieren|abonnieren|zurück",
                    "mehr zum thema|lesen sie auch|lesen sie mehr|auch interessant|das könnte sie auch interessieren|"
                            + "weitere artikel|ähnliche artikel|verwandte artikel|meistgelesen|empfohlene artikel|"
                            + "mehr aus dem ressort|weitere meldungen|top-themen|mehr zu diesem thema",
                    "(veröffentlicht|aktualisiert|zuletzt aktualisiert|erstellt|stand)( am)?:? ?\\S*\\d|"
                            + "(foto|bild|fotos|quelle|grafik):|folgen sie uns|alle rechte vorbehalten|"
                            + "jetzt (abonnieren|anmelden|registrieren)|melden sie sich .{0,40}newsletter|"
                            + "unterstützen sie (uns|unseren|unabhängigen)",
                    "der die das den dem des ein eine einen einem einer eines und oder aber nicht ist sind war "
                            + "wurde werden hat haben mit von zu zum zur auf in im an am für bei nach aus über "
                            + "sich es er sie wir auch noch nur wie als wenn dass so bis vor durch um"),
            "fr", of("publicité|pub|lire la suite|lire plus|en savoir plus|partager|imprimer|envoyer|"
                            + "commentaires?|\\d+ commentaires?|commenter|réagir|fermer|retour en haut|s'abonner",
                    "à lire aussi|a lire aussi|lire aussi|voir aussi|sur le même sujet|articles? liés?|"
                            + "à découvrir aussi|les plus lus|nos articles|dans la même rubrique|vous aimerez aussi|"
                            + "à lire également|sur le même thème|les articles les plus lus",
                    "(publié|mis à jour|modifié)( le)? ?:? ?\\S*\\d|(photo|crédit photo|crédits?|illustration) ?:|"
                            + "suivez-nous|tous droits réservés|abonnez-vous|inscrivez-vous|"
                            + "(lire aussi|à lire aussi|a lire aussi|lire également) ?:|soutenez (notre|le journalisme)",
                    "le la les un une des du de d l et ou mais ne pas est sont était a ont été avec pour par sur "
                            + "dans en au aux ce cette ces qui que qu il elle ils elles nous vous se sa son ses leur "
                            + "plus comme tout aussi"),
            "es", of("publicidad|anuncio|leer más|ver más|seguir leyendo|compartir|imprimir|enviar|"
                            + "comentarios?|\\d+ comentarios?|comentar|cerrar|volver arriba|suscríbete",
                    "lee también|lea también|te puede interesar|le puede interesar|noticias relacionadas|"
                            + "artículos relacionados|relacionad[oa]s|más noticias|lo más leído|también te puede interesar|"
                            + "más leídas|otras noticias|te recomendamos|recomendamos",
                    "(publicado|actualizado|última actualización)( el)? ?:? ?\\S*\\d|(foto|fotos|imagen|crédito) ?:|"
                            + "síguenos|todos los derechos reservados|suscríbete|(lee|lea) también ?:|"
                            + "apoya (nuestro|el periodismo)",
                    "el la los las un una unos unas y o pero no es son era fue ha han con para por sobre en de del "
                            + "al a que se su sus lo le les como más este esta estos estas también muy"),
            "it", of("pubblicità|leggi anche|leggi tutto|continua a leggere|condividi|stampa|invia|"
                            + "commenti|\\d+ commenti|commenta|chiudi|torna su|abbonati",
                    "leggi anche|potrebbe interessarti|articoli correlati|notizie correlate|più letti|"
                            + "ti potrebbe interessare|altre notizie|dalla stessa sezione|i più letti",
                    "(pubblicato|aggiornato|ultimo aggiornamento)( il)? ?:? ?\\S*\\d|(foto|immagine|credito) ?:|"
                            + "seguici|tutti i diritti riservati|riproduzione riservata|iscriviti|(leggi anche) ?:|"
                            + "abbonati",
                    "il lo la i gli le un una uno e o ma non è sono era ha hanno con per da di del della dei delle "
                            + "al alla in nel nella su che si suo sua come più anche questo questa"),
            "pt", of("publicidade|anúncio|leia mais|ler mais|ver mais|continue lendo|compartilhar|partilhar|"
                            + "imprimir|enviar|comentários?|\\d+ comentários?|comentar|fechar|voltar ao topo|assine",
                    "leia também|veja também|leia mais|notícias relacionadas|matérias relacionadas|"
                            + "mais lidas|relacionadas|você pode gostar|saiba mais|mais notícias|recomendadas",
                    "(publicado|atualizado|actualizado)( em)? ?:? ?\\S*\\d|(foto|imagem|crédito) ?:|"
                            + "siga-nos|todos os direitos reservados|assine|inscreva-se|(leia também|veja também) ?:|"
                            + "receba (as|nossas) (notícias|novidades)",
                    "o a os as um uma uns umas e ou mas não é são era foi tem têm com para por pelo pela em no na "
                            + "nos nas de do da dos das ao que se seu sua como mais também este esta"),
            "ru", of("реклама|читать далее|читать полностью|подробнее|поделиться|печать|распечатать|"
                            + "комментарии|\\d+ комментари\\w*|комментировать|закрыть|наверх|подписаться",
                    "читайте также|смотрите также|по теме|похожие новости|другие новости|самое читаемое|"
                            + "популярное|новости по теме|рекомендуем|материалы по теме|читайте материал",
                    "(опубликовано|обновлено|дата публикации)( в)?:? ?\\S*\\d|(фото|фотография|источник):|"
                            + "подписывайтесь|все права защищены|(читайте также|смотрите также):|"
                            + "подпишитесь|опубликован в газете|заголовок в газете",
                    "и в во не на с со что как по к ко из от за для о об у же то а но или это он она они мы вы "
                            + "его ее их был была были быть бы ли также который которые"),
            "zh", of("广告|廣告|阅读全文|閱讀全文|更多|分享|打印|列印|评论|評論|关闭|關閉|返回顶部|訂閱|订阅|推荐|推薦",
                    "相关新闻|相關新聞|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|热门新闻|熱門新聞|更多新闻|"
                            + "更多新聞|猜你喜欢|你可能也喜歡",
                    "(发布时间|發布時間|更新时间|更新時間|来源|來源|图片来源|圖片來源|责任编辑|責任編輯)[:：]|"
                            + "版权所有|版權所有|关注我们|關注我們|下载app|下載app",
                    "的 了 是 在 和 也 有 就 不 都 而 及 与 與 这 這 那 他 她 们 們 我 你 之 于 於 为 為 将 將 被 从 從"));

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
        return null;
    }

    /** True when the text is a heading that introduces links to other stories. */
    boolean isRelatedHeading(String text) {
        return related.matcher(text).matches();
    }

    /**
     * The share of the text's words that are function words (jusText's measure), or for Chinese, written without
     * spaces, the share of its characters that are function characters; 0 for an empty text.
     */
    double stopWordDensity(String text) {
        if (stopWords.contains("的")) {
            int han = 0;
            int stop = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isIdeographic(c)) {
                    han++;
                    if (stopWords.contains(String.valueOf(c))) {
                        stop++;
                    }
                }
            }
            return han == 0 ? 0 : (double) stop / han;
        }
        String[] words = Texts.lowerWords(text);
        if (words.length == 0) {
            return 0;
        }
        int stop = 0;
        for (String w : words) {
            if (stopWords.contains(w)) {
                stop++;
            }
        }
        return (double) stop / words.length;
    }
}
