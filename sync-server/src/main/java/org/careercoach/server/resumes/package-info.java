/**
 * Uploaded resume files: type decided from the content, stored under generated keys, private to
 * their owner (another user's id answers 404), each with a parse job created in the same
 * transaction.
 */
package org.careercoach.server.resumes;
