package id.kutip.engine.text;

/**
 * Tells the word classes (a bit set, see the lexicon's {@code WordClass}) of a lower-cased word,
 * read straight from a char range so the tokenizer can classify every word without allocating.
 */
@FunctionalInterface
public interface WordClassifier {

    WordClassifier NONE = (chars, start, end) -> 0;

    int classify(char[] lowerCase, int start, int end);
}
