package dev.meerkat.it.populate;

import dev.meerkat.annotations.Projection;

/** A projection of an article: its title only. */
@Projection(Article.class)
public record ArticleTitle(String title) {}
