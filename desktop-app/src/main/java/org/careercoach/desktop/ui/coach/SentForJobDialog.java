package org.careercoach.desktop.ui.coach;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.careercoach.desktop.service.jobmatch.JobPosting;

/**
 * Asks where the draft was sent for a matched job: the company and role (from the job when it
 * says), and the day. The job ad itself goes with the copy.
 */
final class SentForJobDialog {

  private SentForJobDialog() {}

  static Optional<SentFor> ask(Window owner, JobPosting job, LocalDate today) {
    Dialog<SentFor> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Record as sent");
    dialog.setHeaderText("Keep a copy of this draft, with the job ad, in Applications");
    TextField company = new TextField(job.company());
    company.setId("sent-for-company");
    company.setAccessibleText("Company");
    TextField role = new TextField(job.title());
    role.setId("sent-for-role");
    role.setAccessibleText("Role");
    DatePicker day = new DatePicker(today);
    day.setId("sent-for-day");
    day.setAccessibleText("Sent on");
    GridPane form = new GridPane(10, 10);
    form.addRow(0, new Label("Company"), company);
    form.addRow(1, new Label("Role"), role);
    form.addRow(2, new Label("Sent on"), day);
    dialog.getDialogPane().setContent(form);
    ButtonType record = new ButtonType("Record", ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().setAll(record, ButtonType.CANCEL);
    dialog
        .getDialogPane()
        .lookupButton(record)
        .disableProperty()
        .bind(company.textProperty().isEmpty().or(role.textProperty().isEmpty()));
    dialog.setResultConverter(
        button ->
            button == record
                ? new SentFor(company.getText().strip(), role.getText().strip(), day.getValue())
                : null);
    company.requestFocus();
    return dialog.showAndWait();
  }
}
