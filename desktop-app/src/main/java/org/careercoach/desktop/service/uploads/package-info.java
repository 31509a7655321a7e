/**
 * The signed-in account's resume files (ADR 0020): a durable upload queue in the profile's SQLite
 * file with the files copied into the profile's folder, uploads that stream with progress and can
 * be cancelled, live stages from the shared event stream with a catch-up from the list after every
 * reconnect, the parsed resumes and the person's corrections. Plain Java, no screens: {@link
 * org.careercoach.desktop.service.uploads.ResumeFiles} is what screens use.
 */
package org.careercoach.desktop.service.uploads;
