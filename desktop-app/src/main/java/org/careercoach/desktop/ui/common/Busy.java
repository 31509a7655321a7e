package org.careercoach.desktop.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Whether a view model has a network action running; actions refuse to start twice. */
public final class Busy {

  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

  /** Marks the start of an action; false when one is already running. */
  public boolean start() {
    if (busy.get()) {
      return false;
    }
    busy.set(true);
    return true;
  }

  public void done() {
    busy.set(false);
  }

  public ReadOnlyBooleanProperty property() {
    return busy.getReadOnlyProperty();
  }
}
