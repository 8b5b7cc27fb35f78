package id.kutip.api;

import jakarta.ws.rs.core.MediaType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Decodes a {@code text/plain} body strictly: bad bytes are an error, not replacement characters.
 * The charset rules of a {@code Content-Type} serve {@code text/html} bodies too.
 */
final class PlainText {

    private PlainText() {
    }

    static String decode(byte[] body, MediaType type) {
        requireBody(body, MediaType.TEXT_PLAIN);
        Charset charset = charsetOf(type);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(body)).toString();
            // A byte-order mark is not part of the text; offsets count from the first real character.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ProblemException(ProblemType.INVALID_ENCODING, "The body is not valid " + charset.name()
                    + "; send the text encoded as UTF-8 (or name its charset in the Content-Type).");
        }
    }

    /** An empty body is a problem: there is no article to read. */
    static void requireBody(byte[] body, String mediaType) {
        if (body == null || body.length == 0) {
            throw new ProblemException(ProblemType.EMPTY_BODY,
                    "The body is empty; send the article as the " + mediaType + " body.");
        }
    }

    private static Charset charsetOf(MediaType type) {
        Charset declared = declaredCharset(type);
        return declared == null ? StandardCharsets.UTF_8 : declared;
    }

    /** The {@code charset} of a Content-Type, or null when it names none; an unknown one is a 415 problem. */
    static Charset declaredCharset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The charset \"" + name
                    + "\" of the Content-Type is not known; send UTF-8.");
        }
    }
}
