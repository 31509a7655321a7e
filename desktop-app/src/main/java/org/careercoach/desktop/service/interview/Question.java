package org.careercoach.desktop.service.interview;

/**
 * One practice question of the bank.
 *
 * @param id stable, for remembering what was asked
 * @param role the role it belongs to, or null for a behavioural theme's question
 * @param theme the behavioural theme, or null for a role's question
 * @param skill the skill a role's question tests (lower case), or null
 * @param kind {@code technical}, {@code situational} or {@code behavioural}
 * @param question what the interviewer asks
 * @param goodAnswer what a strong answer shows
 */
public record Question(
    String id,
    String role,
    String theme,
    String skill,
    String kind,
    String question,
    String goodAnswer) {}
