package org.careercoach.server.admin;

import java.util.List;
import org.careercoach.server.coaching.CoachingReport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** AI coaching's cost: the model, the daily allowance, and each person's use over recent days. */
@ConsolePage
@Controller
class CoachingPage {

  static final List<Integer> PERIODS = List.of(1, 7, 30);

  private final CoachingReport report;

  CoachingPage(CoachingReport report) {
    this.report = report;
  }

  @GetMapping("/admin/coaching")
  String usage(@RequestParam(defaultValue = "7") int days, Model model) {
    int period = PERIODS.contains(days) ? days : 7;
    model.addAttribute("report", report.report(period));
    model.addAttribute("periods", PERIODS);
    model.addAttribute("nav", "coaching");
    return "admin/coaching";
  }
}
