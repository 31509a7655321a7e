/**
 * Coaching with the server's model: the client that streams a reply ({@link
 * org.careercoach.desktop.service.coaching.CoachingClient}, Server-Sent Events, Stop), what a
 * rewrite request sends (the summary and highlights only, shown to the person first) and the
 * proposals read from a reply, each checked against the whole draft for invented facts (numbers,
 * names, degrees): such a proposal is shown, never applied. The editor's proposals pane comes on
 * top of this (ADR 0024).
 */
package org.careercoach.desktop.service.coaching;
