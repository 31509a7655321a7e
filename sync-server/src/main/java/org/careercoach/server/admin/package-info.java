/** The operator's API under {@code /api/v1/admin}: ADMIN role only (see SecurityConfiguration). */
package org.careercoach.server.admin;
