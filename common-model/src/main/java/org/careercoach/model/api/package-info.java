/**
 * The sync server's API data types, shared by the server and the desktop app so both sides agree on
 * every field. Records and enums only; the contract is in DESIGN.md ("API contract").
 */
package org.careercoach.model.api;
