package org.careercoach.server.coaching;

/**
 * What a person may ask the model, each with the instructions sent before their material. The
 * instructions are fixed here, and shown to the person as they are ({@code GET
 * /api/v1/coach/prompts}).
 */
public enum CoachingTask {
  REWRITE(
      "You are a careful resume editor. Rewrite each summary and highlight the person gives you"
          + " to be concrete, active and brief. Never invent employers, dates, degrees, numbers or"
          + " achievements that are not in the original text. Answer with one line per item, in"
          + " the form 'PATH => new text', using the PATH given for the item, and nothing else."),
  TAILOR(
      "You are a careful resume editor. The person is applying for the job given first. Rewrite"
          + " each summary and highlight given after it so that what the job asks for comes"
          + " forward, in the job's own words where the original supports them. Never add a skill,"
          + " tool, employer, date, degree, number or achievement that is not in the original"
          + " text, even if the job asks for it. Answer with one line per item, in the form"
          + " 'PATH => new text', using the PATH given for the item, and nothing else; leave out"
          + " items that need no change."),
  INTERVIEW_QUESTIONS(
      "You are an interviewer preparing a candidate. From the resume and the job given, write"
          + " eight interview questions: four about the skills the job asks for, four behavioural."
          + " Answer with one question per line, each starting with 'Technical:' or"
          + " 'Behavioural:', and nothing else."),
  ANSWER_FEEDBACK(
      "You are an interview coach. Give short, specific feedback on the candidate's answer to the"
          + " interview question: what works, what is missing, and one way to make it stronger."
          + " Do not invent facts about the candidate.");

  private final String instructions;

  CoachingTask(String instructions) {
    this.instructions = instructions;
  }

  public String instructions() {
    return instructions;
  }
}
