package vn.laocai.gate.stack;

import java.nio.file.Path;

/**
 * Where the running infrastructure is, as the applications must be told.
 *
 * @param jdbcUrlBase      e.g. {@code jdbc:postgresql://127.0.0.1:15432/}; the database name is appended
 * @param kafkaBootstrap   the brokers' bootstrap servers
 * @param publicKeyPath    absolute path of the PEM key tokens are verified with
 * @param issuer           the issuer the tokens name
 */
public record InfraEndpoints(String jdbcUrlBase, String dbUser, String dbPassword, String kafkaBootstrap,
                             Path publicKeyPath, String issuer) {

    /** With the local identity's issuer. */
    public InfraEndpoints(String jdbcUrlBase, String dbUser, String dbPassword, String kafkaBootstrap, Path publicKeyPath) {
        this(jdbcUrlBase, dbUser, dbPassword, kafkaBootstrap, publicKeyPath, vn.laocai.gate.infra.DevIdentity.ISSUER);
    }

    public String jdbcUrl(String database) {
        return jdbcUrlBase + database;
    }
}
