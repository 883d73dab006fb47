package io.github.parbench.cli.document;

import java.util.ArrayList;
import java.util.List;

/** A report as a title and a sequence of blocks, built once and rendered as Markdown and as HTML. */
public final class Document {

    private final String title;
    private final List<Block> blocks = new ArrayList<>();

    public Document(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    public Document heading(int level, String text) {
        blocks.add(new Block.Heading(level, text));
        return this;
    }

    public Document paragraph(String text) {
        blocks.add(new Block.Paragraph(text));
        return this;
    }

    public Document bullets(List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(new Block.BulletList(items));
        }
        return this;
    }

    public Document add(Block block) {
        blocks.add(block);
        return this;
    }
}
