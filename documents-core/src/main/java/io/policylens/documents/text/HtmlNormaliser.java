package io.policylens.documents.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns HTML into structured text with jsoup: headings, paragraphs and list items survive, page
 * furniture (scripts, navigation, headers, footers, forms, figure captions) does not.
 */
public final class HtmlNormaliser {

    /** Elements that never hold document content. */
    private static final String FURNITURE = "script, style, noscript, template, iframe, svg, canvas, nav, footer, "
            + "aside, form, button, select, input, figcaption, [aria-hidden=true], [hidden], .share, .social, "
            + ".related, "
            + ".newsletter, .subscribe, .advert, .ads, .breadcrumb, .breadcrumbs, .tags, .author-bio";

    private static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "td", "th", "dd", "dt", "figure", "section", "article", "div", "main", "ul", "ol", "table", "tr",
            "tbody", "thead", "dl", "body", "caption");

    public List<TextBlock> blocks(String html) {
        Document document = Jsoup.parse(html);
        document.select(FURNITURE).remove();
        // the page header (logo, menu) is furniture; an article's own header holds its title
        for (Element header : document.select("header")) {
            if (header.closest("article, main") == null) {
                header.remove();
            }
        }
        List<TextBlock> blocks = new ArrayList<>();
        Element root = document.body() != null ? document.body() : document;
        emitBlocks(root.childNodes(), blocks, 0);
        return blocks;
    }

    /**
     * Depth-first walk: leaf blocks become text blocks, containers are descended into. Every node is read once
     * (the text of a leaf covers its subtree, which is not descended into), so work and memory stay linear in
     * the size of the page; jsoup caps the nesting depth (512), which bounds the recursion.
     */
    private void emitBlocks(List<Node> children, List<TextBlock> blocks, int listDepth) {
        StringBuilder loose = new StringBuilder();
        for (Node child : children) {
            if (child instanceof TextNode textNode) {
                loose.append(textNode.text());
            } else if (child instanceof Element childElement) {
                String tag = childElement.normalName();
                if (!BLOCK_TAGS.contains(tag) && !"br".equals(tag)) {
                    // wholeText keeps the spaces at the edges of inline elements ("a<b> bold</b> word")
                    loose.append(childElement.wholeText());
                    continue;
                }
                flushLoose(loose, blocks);
                if ("br".equals(tag)) {
                    continue;
                }
                emitElement(childElement, blocks, listDepth);
            }
        }
        flushLoose(loose, blocks);
    }

    private void emitElement(Element element, List<TextBlock> blocks, int listDepth) {
        String tag = element.normalName();
        if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
            if (hasBlockChildren(element)) {
                emitUnclosedHeading(element, blocks, listDepth, tag.charAt(1) - '0');
            } else {
                add(blocks, BlockKind.HEADING, clean(element.text()), tag.charAt(1) - '0');
            }
        } else if ("li".equals(tag)) {
            emitListItem(element, blocks, listDepth + 1);
        } else if ("ul".equals(tag) || "ol".equals(tag)) {
            emitBlocks(element.childNodes(), blocks, listDepth);
        } else if (hasBlockChildren(element)) {
            emitBlocks(element.childNodes(), blocks, listDepth);
        } else {
            add(blocks, BlockKind.PARAGRAPH, clean(element.text()), 0);
        }
    }

    /**
     * An unclosed heading swallows the blocks after it ("&lt;h2&gt;Title&lt;p&gt;Text"): its leading inline text is
     * the heading, the blocks inside are blocks of their own. They are walked in place: copying them at every
     * level made nested unclosed headings quadratic ("&lt;h1&gt;&lt;div&gt;" repeated exhausted the heap).
     */
    private void emitUnclosedHeading(Element heading, List<TextBlock> blocks, int listDepth, int level) {
        StringBuilder title = new StringBuilder();
        int index = 0;
        List<Node> children = heading.childNodes();
        for (; index < children.size(); index++) {
            Node child = children.get(index);
            if (child instanceof Element element && (BLOCK_TAGS.contains(element.normalName())
                    || "br".equals(element.normalName()))) {
                break;
            }
            title.append(child instanceof TextNode text ? text.text() : child instanceof Element element
                    ? element.wholeText() : "");
        }
        add(blocks, BlockKind.HEADING, clean(title.toString()), level);
        emitBlocks(children.subList(index, children.size()), blocks, listDepth);
    }

    /**
     * A list item's own text is one block; nested lists become their own items. The item's other children move
     * into a childless copy of it, whose text is the item's text without the nested lists: copying the whole item
     * instead made nested lists quadratic. The walk never reads this item again, so taking it apart is safe.
     */
    private void emitListItem(Element item, List<TextBlock> blocks, int depth) {
        List<Node> children = new ArrayList<>(item.childNodes());
        item.empty();
        Element own = item.shallowClone();
        List<Element> nested = new ArrayList<>();
        for (Node child : children) {
            if (child instanceof Element element && ("ul".equals(element.normalName())
                    || "ol".equals(element.normalName()))) {
                nested.add(element);
            } else {
                own.appendChild(child);
            }
        }
        add(blocks, BlockKind.LIST_ITEM, clean(own.text()), depth);
        for (Element list : nested) {
            emitBlocks(list.childNodes(), blocks, depth);
        }
    }

    private boolean hasBlockChildren(Element element) {
        for (Element child : element.children()) {
            if (BLOCK_TAGS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    private void flushLoose(StringBuilder loose, List<TextBlock> blocks) {
        String text = clean(loose.toString());
        if (!text.isEmpty()) {
            add(blocks, BlockKind.PARAGRAPH, text, 0);
        }
        loose.setLength(0);
    }

    private static void add(List<TextBlock> blocks, BlockKind kind, String text, int level) {
        if (!text.isEmpty()) {
            blocks.add(new TextBlock(kind, text, 0, level));
        }
    }

    /** Collapses whitespace (including non-breaking spaces) the way a browser renders it. */
    static String clean(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
