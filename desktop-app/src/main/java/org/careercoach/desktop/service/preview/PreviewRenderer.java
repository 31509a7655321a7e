package org.careercoach.desktop.service.preview;

import java.util.List;
import org.careercoach.formats.Template;
import org.careercoach.model.resume.Resume;

/** Renders a resume as it will print, page by page. Slow: call it off the UI thread. */
public interface PreviewRenderer {

  List<PageImage> render(Resume resume, Template template) throws Exception;
}
