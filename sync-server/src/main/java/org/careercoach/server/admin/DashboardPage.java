package org.careercoach.server.admin;

import java.util.List;
import org.careercoach.server.jobs.JobConsole;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page an operator opens first: health of every part, the workers, the queue, alerts. */
@ConsolePage
@Controller
class DashboardPage {

  private final SystemHealth health;
  private final JobConsole jobs;
  private final AlertProperties limits;

  DashboardPage(SystemHealth health, JobConsole jobs, AlertProperties limits) {
    this.health = health;
    this.jobs = jobs;
    this.limits = limits;
  }

  @GetMapping("/admin")
  String dashboard(Model model) {
    JobConsole.Overview overview = jobs.overview();
    List<SystemHealth.Part> parts = health.parts();
    model.addAttribute("parts", parts);
    model.addAttribute("alerts", AlertRules.evaluate(parts, overview, limits));
    model.addAttribute("oldestWait", Durations.words(overview.oldestWait()));
    model.addAttribute("overview", overview);
    model.addAttribute("hourChart", BarChart.of(overview.lastHour()));
    model.addAttribute("dayChart", BarChart.of(overview.lastDay()));
    model.addAttribute("nav", "dashboard");
    return "admin/dashboard";
  }
}
