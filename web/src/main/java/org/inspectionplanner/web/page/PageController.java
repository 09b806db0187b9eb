package org.inspectionplanner.web.page;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * A controller that answers with pages (not the REST API): it gets the signed-in user and the
 * navigation ({@link PageModelAdvice}) and its errors are pages ({@link PageErrors}). The page
 * controllers live in their feature packages, so the advice finds them by this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {
}
