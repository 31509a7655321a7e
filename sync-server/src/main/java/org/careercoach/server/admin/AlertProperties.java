package org.careercoach.server.admin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the console raises an alert ({@code COACH_ALERT_*}).
 *
 * @param oldestWait a job waiting longer than this
 * @param failureRate jobs failed for good over jobs ended in the last hour, above this
 * @param failureRateMinJobs ...counted only once this many jobs ended in the hour
 */
@ConfigurationProperties("coach.alerts")
record AlertProperties(
    @DefaultValue("15m") Duration oldestWait,
    @DefaultValue("0.25") double failureRate,
    @DefaultValue("5") int failureRateMinJobs) {}
