package io.newsflow.tag;

/**
 * One occurrence of a name in a text: {@code [start, end)} character offsets, the surface form, and
 * what it is known to be.
 *
 * @param canonical the gazetteer's name, or the surface form for a discovered name
 * @param fromGazetteer true when the gazetteer knows the name
 */
record Mention(
    int start, int end, String surface, String canonical, EntityType type, boolean fromGazetteer) {}
