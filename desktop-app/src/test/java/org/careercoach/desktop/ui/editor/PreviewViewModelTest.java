package org.careercoach.desktop.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.careercoach.desktop.service.preview.PageImage;
import org.careercoach.desktop.support.ManualTimeExecutor;
import org.careercoach.desktop.support.TestClock;
import org.careercoach.formats.Template;
import org.careercoach.model.resume.Basics;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.Test;

class PreviewViewModelTest {

  private final TestClock clock = new TestClock();
  private final ManualTimeExecutor executor = new ManualTimeExecutor(clock);
  private final List<String> renders = new ArrayList<>();
  private final PreviewViewModel preview =
      new PreviewViewModel(
          executor,
          (resume, template) -> {
            renders.add(resume.basics().name() + "/" + template.displayName());
            if (resume.basics().name().equals("boom")) {
              throw new IllegalStateException("the font could not be loaded");
            }
            return List.of(page(resume.basics().name().length()));
          });

  private static PageImage page(int width) {
    return new PageImage(width, 1, new int[width]);
  }

  private static Resume named(String name) {
    return new Resume(
        null,
        new Basics(name, null, null, null, null, null, null, null, null, null),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void changesInQuickSuccessionRenderOnceTheTypingSettles() {
    preview.show(named("A"));
    executor.advance(Duration.ofMillis(100));
    preview.show(named("Ad"));
    executor.advance(Duration.ofMillis(100));
    preview.show(named("Ada"));
    assertThat(renders).isEmpty();

    executor.advance(PreviewViewModel.SETTLE);

    assertThat(renders).containsExactly("Ada/Classic");
    assertThat(preview.pages()).extracting(PageImage::width).containsExactly(3);
  }

  @Test
  void aRenderOvertakenByAChangeIsDroppedAndTheNewestTextDrawn() {
    executor.holdBackgroundWork();
    preview.show(named("Ada"));
    executor.advance(PreviewViewModel.SETTLE);
    assertThat(executor.heldCount()).isEqualTo(1);
    preview.show(named("Ada Byron"));
    executor.advance(PreviewViewModel.SETTLE);
    assertThat(executor.heldCount()).isEqualTo(1); // one render at a time

    executor.releaseHeld();

    assertThat(renders).containsExactly("Ada/Classic", "Ada Byron/Classic");
    assertThat(preview.pages()).extracting(PageImage::width).containsExactly(9);
    assertThat(preview.renderingProperty().get()).isFalse();
  }

  @Test
  void choosingATemplateRendersAtOnceInIt() {
    preview.show(named("Ada"));
    executor.advance(PreviewViewModel.SETTLE);

    preview.templateProperty().set(Template.MODERN);
    executor.advance(Duration.ZERO);

    assertThat(renders).containsExactly("Ada/Classic", "Ada/Modern");
  }

  @Test
  void aHiddenPreviewRendersNothingUntilShownAgain() {
    preview.shownProperty().set(false);
    preview.show(named("Ada"));
    executor.advance(Duration.ofSeconds(1));
    assertThat(renders).isEmpty();

    preview.shownProperty().set(true);
    executor.advance(Duration.ZERO);

    assertThat(renders).containsExactly("Ada/Classic");
  }

  @Test
  void aFailedRenderSaysWhyAndKeepsTheLastPages() {
    preview.show(named("Ada"));
    executor.advance(PreviewViewModel.SETTLE);
    preview.show(named("boom"));
    executor.advance(PreviewViewModel.SETTLE);

    assertThat(preview.problemProperty().get())
        .isEqualTo("The preview could not be drawn: the font could not be loaded");
    assertThat(preview.pages()).extracting(PageImage::width).containsExactly(3);

    preview.show(named("Ada B"));
    executor.advance(PreviewViewModel.SETTLE);
    assertThat(preview.problemProperty().get()).isEmpty();
  }
}
