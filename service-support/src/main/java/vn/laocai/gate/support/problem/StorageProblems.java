package vn.laocai.gate.support.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.laocai.gate.support.domain.Message;

import java.sql.SQLException;
import java.util.List;

/**
 * What no other mapper answers. A value the database refuses to store (SQL state class 22, "data
 * exception": a string longer than its column, a byte sequence its encoding refuses, a number out of its
 * column's range; and state 54000, a value too large for an index) is the caller's fault: 400, never a
 * database error. Anything else stays a 500, as a
 * problem detail without the exception's text, and is logged.
 */
public class StorageProblems {

    private static final Logger LOG = Logger.getLogger(StorageProblems.class);
    /** SQL state class 22: data exception. */
    private static final String DATA_EXCEPTION = "22";
    /** SQL state 54000, program limit exceeded: PostgreSQL's "index row size exceeds maximum". */
    private static final String TOO_LARGE_FOR_INDEX = "54000";

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        SQLException data = dataException(e);
        if (data != null) {
            LOG.infof("Refused a value the database cannot store (%s): %s", data.getSQLState(), data.getMessage());
            return ProblemMappers.answer(new ProblemException(400, "unstorable-value", "Invalid request",
                    "a value is longer than, or outside, what its field may hold (SQL state " + data.getSQLState() + ")",
                    List.of()).saying(Message.of("problem.unstorable-value"), ""), uri);
        }
        LOG.errorf(e, "Request %s failed", uri.getPath());
        return ProblemMappers.answer(new ProblemException(500, "internal-error", "Internal server error",
                "the request failed on the server; it is logged", List.of()).saying(Message.of("problem.internal-error"), ""), uri);
    }

    /** The first {@link SQLException} of state class 22 or 54000 in {@code e}'s causes, or null. */
    static SQLException dataException(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    String state = next.getSQLState();
                    if (state != null && (state.startsWith(DATA_EXCEPTION) || state.equals(TOO_LARGE_FOR_INDEX))) {
                        return next;
                    }
                }
            }
        }
        return null;
    }
}
