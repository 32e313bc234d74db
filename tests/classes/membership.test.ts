import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { archiveClass, createClass, listClassesFor, rotateJoinCode } from "@/lib/classes/classes";
import { findClassByJoinCode, joinClass, leaveClass, removeStudent } from "@/lib/classes/membership";
import { ClassFormError, NO_SUCH_JOIN_CODE } from "@/lib/classes/errors";
import { JOIN_CODE_ALPHABET } from "@/lib/classes/join-code";
import { classAccess } from "@/lib/permissions/classes";
import { NotFoundError, PermissionError } from "@/lib/permissions/errors";
import { createUser } from "../support/fixtures";
import { classWithMembers } from "./class-fixtures";

const members = (classId: string) => db.classMember.findMany({ where: { classId }, orderBy: { role: "asc" }, select: { userId: true, role: true } });

describe("creating a class", () => {
  it("makes the creator its instructor and gives it a join code", async () => {
    const owner = await createUser();
    const created = await createClass(owner.id, "Chemistry");
    expect(created.joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{8}$`));
    expect(await members(created.id)).toEqual([{ userId: owner.id, role: "INSTRUCTOR" }]);
    expect(await classAccess(owner.id, created.id)).toEqual({ classId: created.id, role: "INSTRUCTOR", archived: false });
  });

  it("gives every class its own code", async () => {
    const owner = await createUser();
    const codes = new Set<string>();
    for (let i = 0; i < 20; i++) codes.add((await createClass(owner.id, `Class ${i}`)).joinCode);
    expect(codes.size).toBe(20);
  });
});

describe("joining", () => {
  it("adds a student with the code, in any case and with a dash", async () => {
    const { classId, joinCode } = await classWithMembers(0);
    const student = await createUser();
    const typed = `${joinCode.slice(0, 4).toLowerCase()}-${joinCode.slice(4)}`;
    expect(await joinClass(student.id, typed)).toEqual({ classId, alreadyMember: false });
    expect(await classAccess(student.id, classId)).toMatchObject({ role: "STUDENT" });
  });

  it("is harmless twice, and leaves an instructor an instructor", async () => {
    const { classId, joinCode, instructor, students } = await classWithMembers(1);
    expect(await joinClass(students[0].id, joinCode)).toEqual({ classId, alreadyMember: true });
    expect(await joinClass(instructor.id, joinCode)).toEqual({ classId, alreadyMember: true });
    expect(await members(classId)).toHaveLength(2);
    expect(await classAccess(instructor.id, classId)).toMatchObject({ role: "INSTRUCTOR" });
  });

  it("refuses a wrong, malformed, rotated or archived code with one message and changes nothing", async () => {
    const { classId, joinCode, instructor } = await classWithMembers(0);
    const student = await createUser();
    const refused = async (code: string) => {
      const error = await joinClass(student.id, code).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ClassFormError);
      expect((error as ClassFormError).message).toBe(NO_SUCH_JOIN_CODE);
      expect((error as ClassFormError).field).toBe("joinCode");
    };
    await refused("ZZZZZZZZ");
    await refused("short");
    await refused("");
    const fresh = await rotateJoinCode(instructor.id, classId);
    expect(fresh).not.toBe(joinCode);
    await refused(joinCode);
    await archiveClass(instructor.id, classId);
    await refused(fresh);
    expect(await findClassByJoinCode(fresh)).toBeNull();
    expect(await members(classId)).toHaveLength(1);
  });

  it("lets one user teach one class and study in another", async () => {
    const a = await classWithMembers(0);
    const b = await classWithMembers(0);
    await joinClass(a.instructor.id, b.joinCode);
    const lists = await listClassesFor(a.instructor.id);
    expect(lists.teaching.map((item) => item.id)).toEqual([a.classId]);
    expect(lists.studying.map((item) => item.id)).toEqual([b.classId]);
    expect(lists.studying[0]).toMatchObject({ instructorName: "Iris Instructor", students: 1 });
  });
});

describe("leaving and removal", () => {
  it("a student can leave; the instructor cannot", async () => {
    const { classId, instructor, students } = await classWithMembers(1);
    await leaveClass(students[0].id, classId);
    expect(await classAccess(students[0].id, classId)).toBeNull();
    await expect(leaveClass(instructor.id, classId)).rejects.toThrow(PermissionError);
    expect(await classAccess(instructor.id, classId)).not.toBeNull();
  });

  it("the instructor removes a student, not themselves or a stranger", async () => {
    const { classId, instructor, students, outsider } = await classWithMembers(2);
    await removeStudent(instructor.id, classId, students[0].id);
    expect(await classAccess(students[0].id, classId)).toBeNull();
    await expect(removeStudent(instructor.id, classId, instructor.id)).rejects.toThrow(NotFoundError);
    await expect(removeStudent(instructor.id, classId, outsider.id)).rejects.toThrow(NotFoundError);
    expect(await members(classId)).toHaveLength(2);
  });
});

describe("archiving", () => {
  it("keeps a read-only view for the instructor and hides the class from students", async () => {
    const { classId, instructor, students } = await classWithMembers(1);
    await archiveClass(instructor.id, classId);
    expect(await classAccess(instructor.id, classId)).toEqual({ classId, role: "INSTRUCTOR", archived: true });
    expect(await classAccess(students[0].id, classId)).toBeNull();
    expect((await listClassesFor(students[0].id)).studying).toEqual([]);
    expect((await listClassesFor(instructor.id)).teaching[0]).toMatchObject({ id: classId, archived: true });
    await expect(rotateJoinCode(instructor.id, classId)).rejects.toThrow(PermissionError);
    await expect(archiveClass(instructor.id, classId)).rejects.toThrow(PermissionError);
    await expect(removeStudent(instructor.id, classId, students[0].id)).rejects.toThrow(PermissionError);
  });
});
