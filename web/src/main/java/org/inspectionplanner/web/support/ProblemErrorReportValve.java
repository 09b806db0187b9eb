package org.inspectionplanner.web.support;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.res.StringManager;

/**
 * Tomcat's last word on a request it refused before the application saw it (an encoded slash or
 * a malformed path under {@code /api}, a broken request line): an RFC 9457 problem in JSON instead
 * of Tomcat's HTML error page, without the server's name, version or a stack trace.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String title = StringManager.getManager(ErrorReportValve.class).getString("http." + status + ".reason");
        if (title == null || title.startsWith("http.")) {
            title = status < 500 ? "Bad Request" : "Internal Server Error";
        }
        String detail = status < 500 ? "The request could not be read: its address or form is not valid."
                : "Something went wrong on our side; the error is logged.";
        if (status == 405) {
            // TRACE, which Tomcat refuses for every address: name the methods it does answer (its Allow header).
            String allow = response.getHeader("Allow");
            detail = ApiExceptionHandler.methodNeverAllowed(request.getMethod(), allow == null ? java.util.List.of()
                    : java.util.Arrays.stream(allow.split(",")).map(String::trim).filter(m -> !m.isEmpty()).toList());
            title = "Method not allowed";
        }
        String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away: nothing more to say
        }
    }
}
