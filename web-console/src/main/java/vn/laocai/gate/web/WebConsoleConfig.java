package vn.laocai.gate.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;

/**
 * Where the services live. The pages call them under the console's own origin ({@code /svc/<name>/...});
 * the console forwards each call to the URL configured here, path and query kept.
 */
@ConfigMapping(prefix = "web")
public interface WebConsoleConfig {

    /** vehicle-queue-service, e.g. {@code http://127.0.0.1:8081} ({@code WEB_QUEUE_URL}). */
    URI queueUrl();

    /** clearance-service ({@code WEB_CLEARANCE_URL}). */
    URI clearanceUrl();

    /** customs-adapter ({@code WEB_CUSTOMS_URL}). */
    URI customsUrl();

    /** notification-service ({@code WEB_NOTIFICATION_URL}): the inbox, the preferences, the delivery figures. */
    URI notificationUrl();

    /**
     * Connections the console may hold open to each service ({@code WEB_CONNECTIONS_PER_SERVICE}). Every page
     * following something live (a booking, a declaration, the yard) holds one for as long as it is open.
     */
    @WithDefault("500")
    int connectionsPerService();
}
