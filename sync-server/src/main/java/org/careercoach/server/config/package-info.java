/**
 * Cross-cutting configuration: JSON, error answers and the embedded defaults.
 *
 * <p>Allowed dependencies (ADR 0015, checked by FeatureGraphTest): none; it depends on no feature:
 * every feature may use it (errors, current user, paging, shared settings).
 */
@ApplicationModule(allowedDependencies = {})
package org.careercoach.server.config;

import org.springframework.modulith.ApplicationModule;
