package id.kutip.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An article comes as exactly one of {@code text} and {@code html}, and the one given is not
 * blank. The violation names the field to fix: {@code text} when neither is given (as before HTML
 * input existed), {@code html} when both are, or when it is blank.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TextOrHtml.Check.class)
public @interface TextOrHtml {

    String message() default "send exactly one of text and html";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** What an article request holds. */
    interface Article {

        String text();

        String html();
    }

    class Check implements ConstraintValidator<TextOrHtml, Article> {

        @Override
        public boolean isValid(Article article, ConstraintValidatorContext context) {
            if (article == null) {
                return true;
            }
            String field;
            String message;
            if (article.text() != null && article.html() != null) {
                field = "html";
                message = "must be left out when text is given; send exactly one of text and html";
            } else if (article.html() != null) {
                if (!article.html().isBlank()) {
                    return true;
                }
                field = "html";
                message = "must not be blank";
            } else if (article.text() == null || article.text().isBlank()) {
                field = "text";
                message = "must not be blank";
            } else {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
