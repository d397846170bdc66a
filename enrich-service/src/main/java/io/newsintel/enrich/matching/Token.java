package io.newsintel.enrich.matching;

/**
 * One word of a text: a run of letters or of digits (a change between the two starts a new token,
 * so "APT28", "APT 28" and "APT-28" give the same tokens).
 *
 * @param start offset of the first character in the original text
 * @param end offset after the last character
 * @param key the normalised form the matcher compares: lower case, folded, look-alike letters
 *     mapped to one script, Cyrillic words stripped of their case ending
 * @param hasUpperCase whether the original has an upper-case letter (proper-noun case rule)
 * @param separatedBefore whether anything (space, hyphen, ...) separates it from the previous token
 */
public record Token(
    int start, int end, String key, boolean hasUpperCase, boolean separatedBefore) {}
