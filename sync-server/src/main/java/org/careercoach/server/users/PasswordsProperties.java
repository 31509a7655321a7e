package org.careercoach.server.users;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password hashing and policy.
 *
 * @param minLength at least 10 (ASVS 5.0 V6.2.1)
 * @param maxConcurrentHashes how many Argon2id hashes (19 MiB each) may run at once; requests
 *     beyond wait up to {@code hashWaitSeconds}, then get 503 with Retry-After
 * @param hashWaitSeconds how long a request waits for a hashing slot
 */
@ConfigurationProperties("coach.passwords")
public record PasswordsProperties(
    @DefaultValue("10") int minLength,
    @DefaultValue("4") int maxConcurrentHashes,
    @DefaultValue("10") int hashWaitSeconds) {}
