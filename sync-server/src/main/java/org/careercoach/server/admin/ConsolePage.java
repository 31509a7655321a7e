package org.careercoach.server.admin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a controller of the console's pages, whose refusals {@link ConsoleProblems} renders. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConsolePage {}
