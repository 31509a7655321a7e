package org.careercoach.server.users;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.careercoach.model.api.Role;
import org.careercoach.server.config.LikePrefix;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

  private static final String COLUMNS =
      "id, email, name, roles, email_verified, disabled, created_at, password_hash";

  private final JdbcClient jdbc;

  UserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A user with its password hash, which never leaves this feature. */
  record Stored(User user, String passwordHash) {}

  /** Inserts unless the email is taken; answers whether it inserted. */
  boolean insert(User user, String passwordHash) {
    return jdbc.sql(
                """
                insert into users (id, email, name, password_hash, roles, email_verified,
                                   disabled, created_at, updated_at)
                values (:id, :email, :name, :hash, :roles, :verified, false, :now, :now)
                on conflict (email) do nothing
                """)
            .param("id", user.id())
            .param("email", user.email())
            .param("name", user.name())
            .param("hash", passwordHash)
            .param("roles", roleNames(user.roles()))
            .param("verified", user.emailVerified())
            .param("now", java.sql.Timestamp.from(user.createdAt()))
            .update()
        == 1;
  }

  Optional<Stored> findById(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from users where id = :id")
        .param("id", id)
        .query(UserRepository::map)
        .optional();
  }

  Optional<Stored> findByEmail(String email) {
    return jdbc.sql("select " + COLUMNS + " from users where email = :email")
        .param("email", email)
        .query(UserRepository::map)
        .optional();
  }

  List<User> page(int page, int size) {
    return jdbc
        .sql(
            "select "
                + COLUMNS
                + " from users order by created_at desc, id limit :size offset :off")
        .param("size", size)
        .param("off", (long) page * size)
        .query(UserRepository::map)
        .list()
        .stream()
        .map(Stored::user)
        .toList();
  }

  /**
   * Accounts whose email or name starts with {@code prefix} (case-insensitive), newest first; both
   * prefixes use an index (V11).
   */
  List<User> search(String prefix, int page, int size) {
    return jdbc
        .sql(
            "select "
                + COLUMNS
                + " from users where email like :p escape '\\' or lower(name) like :p escape '\\'"
                + " order by created_at desc, id limit :size offset :off")
        .param("p", LikePrefix.of(prefix))
        .param("size", size)
        .param("off", (long) page * size)
        .query(UserRepository::map)
        .list()
        .stream()
        .map(Stored::user)
        .toList();
  }

  long countMatching(String prefix) {
    return jdbc.sql(
            "select count(*) from users where email like :p escape '\\'"
                + " or lower(name) like :p escape '\\'")
        .param("p", LikePrefix.of(prefix))
        .query(Long.class)
        .single();
  }

  /** Enabled accounts holding ADMIN, their rows locked: two demotions at once cannot both pass. */
  long enabledAdmins() {
    return jdbc.sql(
            "select count(*) from (select id from users where 'ADMIN' = any(roles)"
                + " and not disabled for update) admins")
        .query(Long.class)
        .single();
  }

  Map<UUID, String> emailsOf(Collection<UUID> ids) {
    Map<UUID, String> emails = new HashMap<>();
    jdbc.sql("select id, email from users where id in (:ids)")
        .param("ids", Set.copyOf(ids))
        .query((rs, n) -> emails.put(rs.getObject("id", UUID.class), rs.getString("email")))
        .list();
    return emails;
  }

  List<User> enabledAdminList() {
    return jdbc
        .sql(
            "select "
                + COLUMNS
                + " from users where 'ADMIN' = any(roles) and not disabled"
                + " order by created_at")
        .query(UserRepository::map)
        .list()
        .stream()
        .map(Stored::user)
        .toList();
  }

  long count() {
    return jdbc.sql("select count(*) from users").query(Long.class).single();
  }

  boolean rename(UUID id, String name) {
    return jdbc.sql("update users set name = :name, updated_at = now() where id = :id")
            .param("name", name)
            .param("id", id)
            .update()
        == 1;
  }

  boolean setPasswordHash(UUID id, String hash) {
    return jdbc.sql("update users set password_hash = :hash, updated_at = now() where id = :id")
            .param("hash", hash)
            .param("id", id)
            .update()
        == 1;
  }

  boolean setEmailVerified(UUID id) {
    return jdbc.sql("update users set email_verified = true, updated_at = now() where id = :id")
            .param("id", id)
            .update()
        == 1;
  }

  boolean setDisabled(UUID id, boolean disabled) {
    return jdbc.sql("update users set disabled = :disabled, updated_at = now() where id = :id")
            .param("disabled", disabled)
            .param("id", id)
            .update()
        == 1;
  }

  boolean setRoles(UUID id, Set<Role> roles) {
    return jdbc.sql("update users set roles = :roles, updated_at = now() where id = :id")
            .param("roles", roleNames(roles))
            .param("id", id)
            .update()
        == 1;
  }

  boolean delete(UUID id) {
    return jdbc.sql("delete from users where id = :id").param("id", id).update() == 1;
  }

  private static String[] roleNames(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().toArray(String[]::new);
  }

  private static Stored map(ResultSet rs, int row) throws SQLException {
    Array roles = rs.getArray("roles");
    Set<Role> parsed = EnumSet.noneOf(Role.class);
    Arrays.stream((String[]) roles.getArray()).map(Role::valueOf).forEach(parsed::add);
    Instant created = rs.getTimestamp("created_at").toInstant();
    User user =
        new User(
            rs.getObject("id", UUID.class),
            rs.getString("email"),
            rs.getString("name"),
            parsed,
            rs.getBoolean("email_verified"),
            rs.getBoolean("disabled"),
            created);
    return new Stored(user, rs.getString("password_hash"));
  }
}
