package org.careercoach.desktop.service.sync;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Lets a long run change a sync property's tries and seed without editing the test: {@code
 * -Djqwik.tries=2000} and {@code -Djqwik.seed=12345} (or {@code -Djqwik.seed=random}, printed so a
 * failure can be replayed). CI runs the fixed seed and tries written on the property.
 */
public final class LongRuns implements AroundPropertyHook {

  /** Registered on a class, it must reach the class's properties. */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.DIRECT_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    String tries = System.getProperty("jqwik.tries");
    boolean generated = context.targetMethod().getParameterCount() > 0; // not an @Example
    if (generated && tries != null && !tries.isBlank()) {
      context.attributes().setTries(Integer.parseInt(tries.strip()));
    }
    String seed = System.getProperty("jqwik.seed");
    if (seed != null && !seed.isBlank()) {
      String chosen =
          seed.strip().equals("random")
              ? Long.toString(new java.security.SecureRandom().nextLong())
              : seed.strip();
      System.out.println(context.label() + ": seed " + chosen);
      context.attributes().setSeed(chosen);
    }
    return property.execute();
  }
}
