package org.careercoach.desktop.ui.drafts;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.careercoach.formats.Template;

/** The drafts screens' dialogs and file choosers over the app's window, themed like the rest. */
final class FxDraftDialogs implements DraftDialogs {

  private final List<String> templates;

  /**
   * @param templates the templates PDF and DOCX exports offer
   */
  FxDraftDialogs(List<String> templates) {
    this.templates = List.copyOf(templates);
  }

  @Override
  public Optional<String> askTitle(
      String heading, String current, Function<String, Optional<String>> rule) {
    TextField name = new TextField(current);
    name.setId("dialog-title");
    name.setAccessibleText("Name");
    StringProperty error = new SimpleStringProperty("");
    name.textProperty().addListener((obs, was, now) -> error.set(rule.apply(now).orElse("")));
    Dialog<ButtonType> dialog = dialog(heading, field("Name", name, error));
    BooleanBinding invalid = Bindings.isNotEmpty(error);
    dialog.getDialogPane().lookupButton(ok(dialog)).disableProperty().bind(invalid);
    name.selectAll();
    focus(dialog, name);
    return dialog
        .showAndWait()
        .filter(ButtonType.OK::equals)
        .map(pressed -> name.getText().strip())
        .filter(text -> rule.apply(text).isEmpty());
  }

  @Override
  public Optional<SentTo> askSentTo(String draftTitle, LocalDate today) {
    TextField company = new TextField();
    company.setId("dialog-company");
    company.setAccessibleText("Company");
    TextField role = new TextField();
    role.setId("dialog-role");
    role.setAccessibleText("Role");
    DatePicker day = new DatePicker(today);
    day.setId("dialog-sent-on");
    day.setAccessibleText("Sent on");
    day.setEditable(true);
    StringProperty companyError = new SimpleStringProperty("");
    StringProperty roleError = new SimpleStringProperty("");
    StringProperty dayError = new SimpleStringProperty("");
    Runnable check =
        () -> {
          companyError.set(DraftRules.company(company.getText()).orElse(""));
          roleError.set(DraftRules.role(role.getText()).orElse(""));
          dayError.set(DraftRules.sentOn(parsed(day), today).orElse(""));
        };
    company.textProperty().addListener((obs, was, now) -> check.run());
    role.textProperty().addListener((obs, was, now) -> check.run());
    day.getEditor().textProperty().addListener((obs, was, now) -> check.run());
    day.valueProperty().addListener((obs, was, now) -> check.run());
    Label intro = new Label("Keeps a copy of “" + draftTitle + "” as it is now, in Applications.");
    intro.setWrapText(true);
    intro.getStyleClass().add(Styles.TEXT_MUTED);
    Dialog<ButtonType> dialog =
        dialog(
            "Record as sent",
            new VBox(
                10,
                intro,
                field("Company", company, companyError),
                field("Role", role, roleError),
                field("Sent on", day, dayError)));
    check.run();
    // Empty fields at first are not errors yet: OK waits for them, the messages for typing.
    companyError.set("");
    roleError.set("");
    BooleanBinding invalid =
        Bindings.createBooleanBinding(
            () ->
                DraftRules.company(company.getText()).isPresent()
                    || DraftRules.role(role.getText()).isPresent()
                    || DraftRules.sentOn(parsed(day), today).isPresent(),
            company.textProperty(),
            role.textProperty(),
            day.getEditor().textProperty(),
            day.valueProperty());
    dialog.getDialogPane().lookupButton(ok(dialog)).disableProperty().bind(invalid);
    focus(dialog, company);
    return dialog
        .showAndWait()
        .filter(ButtonType.OK::equals)
        .map(pressed -> new SentTo(company.getText().strip(), role.getText().strip(), parsed(day)));
  }

  private static LocalDate parsed(DatePicker day) {
    try {
      return day.getConverter().fromString(day.getEditor().getText());
    } catch (DateTimeParseException e) {
      return null; // shown as "enter the day you sent it" under the field
    }
  }

  @Override
  public Optional<Path> chooseImportFile() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Import a JSON Resume file");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("JSON Resume (*.json)", "*.json"),
            new FileChooser.ExtensionFilter("All files", "*.*"));
    File file = chooser.showOpenDialog(owner());
    return Optional.ofNullable(file).map(File::toPath);
  }

  @Override
  public Optional<ExportChoice> askExport(String draftTitle) {
    ComboBox<ExportFormat> format = new ComboBox<>();
    format.setId("dialog-export-format");
    format.setAccessibleText("Format");
    format.getItems().setAll(ExportFormat.values());
    format.setValue(ExportFormat.PDF);
    format.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(ExportFormat value) {
            return value == null ? "" : value.label();
          }

          @Override
          public ExportFormat fromString(String text) {
            return ExportFormat.valueOf(text);
          }
        });
    ComboBox<String> template = new ComboBox<>();
    template.setId("dialog-export-template");
    template.setAccessibleText("Template");
    template.getItems().setAll(templates);
    template.getSelectionModel().selectFirst();
    template.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(String name) {
            return name == null ? "" : Template.valueOf(name).displayName();
          }

          @Override
          public String fromString(String text) {
            return text;
          }
        });
    template.disableProperty().bind(format.valueProperty().isEqualTo(ExportFormat.JSON));
    StringProperty none = new SimpleStringProperty("");
    Dialog<ButtonType> dialog =
        dialog(
            "Export “" + draftTitle + "”",
            new VBox(10, field("Format", format, none), field("Template", template, none)));
    focus(dialog, format);
    return dialog
        .showAndWait()
        .filter(ButtonType.OK::equals)
        .map(pressed -> new ExportChoice(format.getValue(), template.getValue()));
  }

  @Override
  public Optional<Path> chooseExportFile(String fileName, ExportFormat format) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export as " + format.label());
    chooser.setInitialFileName(fileName);
    chooser
        .getExtensionFilters()
        .add(
            new FileChooser.ExtensionFilter(
                format.label() + " (*." + format.extension() + ")", "*." + format.extension()));
    File file = chooser.showSaveDialog(owner());
    return Optional.ofNullable(file).map(File::toPath);
  }

  private static Dialog<ButtonType> dialog(String title, Node content) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.setTitle(title);
    dialog.setHeaderText(title);
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ButtonType.OK);
    dialog.getDialogPane().setMinWidth(420);
    Window owner = owner();
    if (owner != null) {
      dialog.initOwner(owner);
    }
    return dialog;
  }

  private static ButtonType ok(Dialog<ButtonType> dialog) {
    return dialog.getDialogPane().getButtonTypes().stream()
        .filter(type -> type.getButtonData() == ButtonBar.ButtonData.OK_DONE)
        .findFirst()
        .orElseThrow();
  }

  /**
   * Puts the keyboard in {@code target} once the dialog's window has the focus: asked earlier, the
   * dialog gives it to its default button instead.
   */
  private static void focus(Dialog<ButtonType> dialog, Node target) {
    Window window = dialog.getDialogPane().getScene().getWindow();
    boolean[] done = {false};
    window
        .focusedProperty()
        .addListener(
            (obs, was, focused) -> {
              if (focused && !done[0]) {
                done[0] = true;
                target.requestFocus();
              }
            });
  }

  private static VBox field(String caption, Node input, StringProperty error) {
    Label label = new Label(caption);
    label.setLabelFor(input);
    Label message = new Label();
    message.textProperty().bind(error);
    message.setWrapText(true);
    message.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
    message.visibleProperty().bind(Bindings.isNotEmpty(error));
    message.managedProperty().bind(message.visibleProperty());
    if (input.getId() != null) {
      message.setId(input.getId() + "-error");
    }
    error.addListener((obs, was, now) -> input.setAccessibleHelp(now));
    return new VBox(4, label, input, message);
  }

  private static Window owner() {
    return Window.getWindows().stream().filter(Window::isShowing).findFirst().orElse(null);
  }
}
