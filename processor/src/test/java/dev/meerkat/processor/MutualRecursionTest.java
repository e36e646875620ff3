package dev.meerkat.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.JavaFileObjects;
import dev.meerkat.FieldPath;
import dev.meerkat.Schema;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

/**
 * Schemas that embed each other initialise, encode, decode, validate and build paths without
 * cycles.
 */
class MutualRecursionTest {

  @Test
  void employeesAndTeamsEmbedEachOther() {
    Loaded loaded =
        new Loaded(
            Compilations.compileAndLoad(
                JavaFileObjects.forSourceString(
                    "org.Team",
                    """
            package org;

            import dev.meerkat.annotations.*;
            import java.util.List;

            @Schema
            public class Team {
              public String id;
              @Required public String name;
              public List<Employee> members;
              public Employee lead;
            }
            """),
                JavaFileObjects.forSourceString(
                    "org.Employee",
                    """
            package org;

            import dev.meerkat.annotations.*;

            @Schema(versionKey = false)
            public record Employee(@Required String name, Team team) {}
            """)));
    // Touch the employee schema first, so its class initialises before the team's.
    Schema<Object> employee = loaded.schema("org.EmployeeSchema");
    Schema<Object> team = loaded.schema("org.TeamSchema");
    BsonDocument stored =
        BsonDocument.parse(
            "{_id: 't1', name: 'core', members: [{name: 'ada', team: {name: 'inner'}}],"
                + " lead: {name: 'grace'}, __v: 0}");
    Object decoded = Loaded.decodeRaw(team, stored);
    assertThat(Loaded.encode(team, decoded)).isEqualTo(stored);
    assertThat(Loaded.encode(team, Loaded.decode(team, stored))).isEqualTo(stored);

    Object lead = loaded.staticField("org.TeamSchema", "LEAD");
    FieldPath<?, ?> deep =
        (FieldPath<?, ?>) Loaded.invoke(Loaded.invoke(Loaded.invoke(lead, "team"), "lead"), "name");
    assertThat(deep.path()).isEqualTo("lead.team.lead.name");
    assertThat(
            employee.validate(
                Loaded.decode(employee, BsonDocument.parse("{team: {members: [{}]}}"))))
        .hasSize(3);
  }
}
