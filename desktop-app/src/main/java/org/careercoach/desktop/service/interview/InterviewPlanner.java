package org.careercoach.desktop.service.interview;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.careercoach.desktop.service.jobmatch.JobPosting;
import org.careercoach.desktop.service.jobmatch.SkillVocabulary;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.Skill;
import org.careercoach.model.resume.Work;

/**
 * Picks a practice set from the bank for a draft and, when there is one, a job: the role the job's
 * title (else the draft's headline and positions) names; that role's questions on the job's skills
 * first, then on the draft's, then the rest; and behavioural questions over as many themes as fit.
 * The same draft, job and round give the same set; the next round gives others first.
 */
public final class InterviewPlanner {

  /** Of a set, this share is about the role; the rest behavioural. */
  static final double ROLE_SHARE = 0.6;

  private final QuestionBank bank;
  private final SkillVocabulary skills;
  private final Map<String, List<Pattern>> phrases = new LinkedHashMap<>();

  public InterviewPlanner(QuestionBank bank, SkillVocabulary skills) {
    this.bank = bank;
    this.skills = skills;
    for (QuestionBank.Role role : bank.roles()) {
      phrases.put(
          role.id(),
          role.keywords().stream()
              .map(k -> Pattern.compile("(?<!\\p{L})" + Pattern.quote(k) + "(?!\\p{L})"))
              .toList());
    }
  }

  /** The practice set, with the role it was drawn for (empty when none was recognised). */
  public record PracticeSet(List<QuestionBank.Role> roles, List<Question> questions) {}

  /**
   * @param job the job practised for, or null
   * @param round 0 for the first set; each next round puts questions not yet asked first
   */
  public PracticeSet plan(Resume draft, JobPosting job, int count, int round) {
    List<QuestionBank.Role> roles = roles(draft, job);
    Set<String> jobSkills =
        lower(job == null ? List.of() : concat(job.required(), job.niceToHave()));
    Set<String> draftSkills = lower(skills.find(draftSkillText(draft)));
    // One order per draft, whatever the round: rounds walk through it, so they never repeat early.
    Random shuffle = new Random(draft.hashCode());

    List<Question> roleQuestions = new ArrayList<>();
    Set<String> roleIds = new LinkedHashSet<>();
    roles.forEach(r -> roleIds.add(r.id()));
    for (Question q : bank.questions()) {
      if (q.role() != null && roleIds.contains(q.role())) {
        roleQuestions.add(q);
      }
    }
    Collections.shuffle(roleQuestions, shuffle);
    roleQuestions.sort(Comparator.comparingInt((Question q) -> rank(q, jobSkills, draftSkills)));
    List<Question> behavioural = behavioural(shuffle);

    int forRole = roleQuestions.isEmpty() ? 0 : (int) Math.round(count * ROLE_SHARE);
    List<Question> picked = new ArrayList<>();
    rotate(roleQuestions, round, forRole).forEach(picked::add);
    rotate(behavioural, round, count - picked.size()).forEach(picked::add);
    return new PracticeSet(roles, picked);
  }

  /** The job's skills first, then the draft's, then the role's others. */
  private int rank(Question q, Set<String> jobSkills, Set<String> draftSkills) {
    Set<String> tested = lower(skills.find(q.skill()));
    tested.add(q.skill() == null ? "" : q.skill().toLowerCase(Locale.ROOT));
    if (tested.stream().anyMatch(jobSkills::contains)) {
      return 0;
    }
    if (tested.stream().anyMatch(draftSkills::contains)) {
      return 1;
    }
    return 2;
  }

  /** One question per theme in turn, so a set spans themes before it repeats one. */
  private List<Question> behavioural(Random shuffle) {
    Map<String, List<Question>> byTheme = new LinkedHashMap<>();
    for (Question q : bank.questions()) {
      if (q.theme() != null) {
        byTheme.computeIfAbsent(q.theme(), t -> new ArrayList<>()).add(q);
      }
    }
    List<List<Question>> themes = new ArrayList<>(byTheme.values());
    themes.forEach(list -> Collections.shuffle(list, shuffle));
    Collections.shuffle(themes, shuffle);
    List<Question> interleaved = new ArrayList<>();
    for (int i = 0;
        interleaved.size() < byTheme.values().stream().mapToInt(List::size).sum();
        i++) {
      for (List<Question> theme : themes) {
        if (i < theme.size()) {
          interleaved.add(theme.get(i));
        }
      }
    }
    return interleaved;
  }

  /** {@code n} questions starting where round {@code round} left off, wrapping around. */
  private static List<Question> rotate(List<Question> ordered, int round, int n) {
    List<Question> out = new ArrayList<>();
    if (ordered.isEmpty() || n <= 0) {
      return out;
    }
    int start = (round * n) % ordered.size();
    for (int i = 0; i < Math.min(n, ordered.size()); i++) {
      out.add(ordered.get((start + i) % ordered.size()));
    }
    return out;
  }

  /**
   * The roles named by the job's title, else by the draft's headline and latest positions: every
   * role with the most phrase matches (ties are kept: "data engineer" may also be a backend role).
   */
  List<QuestionBank.Role> roles(Resume draft, JobPosting job) {
    List<QuestionBank.Role> fromJob =
        job == null ? List.of() : best(job.title() + "\n" + job.text());
    if (!fromJob.isEmpty()) {
      return fromJob;
    }
    StringBuilder titles = new StringBuilder();
    if (draft.basics() != null && draft.basics().label() != null) {
      titles.append(draft.basics().label()).append('\n');
    }
    List<Work> work = draft.work() == null ? List.of() : draft.work();
    work.stream().limit(2).forEach(w -> titles.append(w.position()).append('\n'));
    return best(titles.toString());
  }

  private List<QuestionBank.Role> best(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int most = 0;
    List<QuestionBank.Role> best = new ArrayList<>();
    for (QuestionBank.Role role : bank.roles()) {
      int hits = 0;
      for (Pattern phrase : phrases.get(role.id())) {
        if (phrase.matcher(lower).find()) {
          hits++;
        }
      }
      if (hits > most) {
        most = hits;
        best.clear();
      }
      if (hits == most && hits > 0) {
        best.add(role);
      }
    }
    return best;
  }

  private static String draftSkillText(Resume draft) {
    StringBuilder text = new StringBuilder();
    for (Skill skill : draft.skills() == null ? List.<Skill>of() : draft.skills()) {
      text.append(skill.name() == null ? "" : skill.name()).append('\n');
      (skill.keywords() == null ? List.<String>of() : skill.keywords())
          .forEach(k -> text.append(k).append('\n'));
    }
    for (Work job : draft.work() == null ? List.<Work>of() : draft.work()) {
      (job.highlights() == null ? List.<String>of() : job.highlights())
          .forEach(h -> text.append(h).append('\n'));
    }
    return text.toString();
  }

  private static Set<String> lower(Collection<String> names) {
    Set<String> out = new LinkedHashSet<>();
    names.forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
    return out;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
