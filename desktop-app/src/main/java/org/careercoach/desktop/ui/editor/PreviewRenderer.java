package org.careercoach.desktop.ui.editor;

import java.util.List;
import org.careercoach.model.resume.Resume;

/** Renders a resume as it will print, page by page. Slow: called off the UI thread. */
public interface PreviewRenderer {

  List<PageImage> render(Resume resume, PreviewTemplate template) throws Exception;
}
