import { LIMITS } from "@talentlane/shared";
import {
  canAddStage,
  categoryChangeBlocker,
  defaultNewStagePosition,
  isReordered,
  moveItem,
  moveStageStep,
  removalBlocker,
  removalTargets,
  stageChanges,
  stageToDraft,
  validateStageDraft,
  type StageItem,
} from "./stage-list";

const pipeline: StageItem[] = [
  { id: "sourced", name: "Sourced", category: "LEAD", slaDays: null },
  { id: "screen", name: "Phone screen", category: "SCREEN", slaDays: 5 },
  { id: "interview", name: "Interview", category: "INTERVIEW", slaDays: 7 },
  { id: "hired", name: "Hired", category: "HIRED", slaDays: null },
  { id: "rejected", name: "Rejected", category: "REJECTED", slaDays: null },
];
const ids = pipeline.map((stage) => stage.id);

describe("moveItem", () => {
  it("moves an item forward and backward", () => {
    expect(moveItem(ids, 0, 2)).toEqual(["screen", "interview", "sourced", "hired", "rejected"]);
    expect(moveItem(ids, 3, 1)).toEqual(["sourced", "hired", "screen", "interview", "rejected"]);
  });

  it("moves an item to the first and the last place", () => {
    expect(moveItem(ids, 2, 0)[0]).toBe("interview");
    expect(moveItem(ids, 0, 4)[4]).toBe("sourced");
  });

  it("clamps the target to the list and ignores a missing source", () => {
    expect(moveItem(ids, 0, 99)[4]).toBe("sourced");
    expect(moveItem(ids, -1, 2)).toEqual(ids);
  });

  it("does not change the list it is given", () => {
    const before = [...ids];
    moveItem(ids, 0, 3);
    expect(ids).toEqual(before);
  });
});

describe("moveStageStep", () => {
  it("moves a stage one place up or down", () => {
    expect(moveStageStep(ids, "interview", -1)).toEqual(["sourced", "interview", "screen", "hired", "rejected"]);
    expect(moveStageStep(ids, "interview", 1)).toEqual(["sourced", "screen", "hired", "interview", "rejected"]);
  });

  it("moves nothing past either end or for an unknown stage", () => {
    expect(moveStageStep(ids, "sourced", -1)).toBeNull();
    expect(moveStageStep(ids, "rejected", 1)).toBeNull();
    expect(moveStageStep(ids, "nope", 1)).toBeNull();
  });
});

describe("isReordered", () => {
  it("tells a new order from the same one", () => {
    expect(isReordered(ids, [...ids])).toBe(false);
    expect(isReordered(ids, moveItem(ids, 0, 1))).toBe(true);
    expect(isReordered(ids, ids.slice(1))).toBe(true);
  });
});

describe("validateStageDraft", () => {
  it("needs a name", () => {
    expect(validateStageDraft({ name: "  ", category: "LEAD", slaDays: "" })).toEqual({ name: "A stage needs a name" });
  });

  it("limits the name's length", () => {
    expect(validateStageDraft({ name: "x".repeat(LIMITS.nameMaxLength + 1), category: "LEAD", slaDays: "" }).name).toBeDefined();
  });

  it("accepts no SLA or whole days from 1 to 365", () => {
    expect(validateStageDraft({ name: "Screen", category: "SCREEN", slaDays: "" })).toEqual({});
    expect(validateStageDraft({ name: "Screen", category: "SCREEN", slaDays: 365 })).toEqual({});
    expect(validateStageDraft({ name: "Screen", category: "SCREEN", slaDays: 0 }).slaDays).toBeDefined();
    expect(validateStageDraft({ name: "Screen", category: "SCREEN", slaDays: 2.5 }).slaDays).toBeDefined();
    expect(validateStageDraft({ name: "Screen", category: "SCREEN", slaDays: 366 }).slaDays).toBeDefined();
  });
});

describe("stageChanges", () => {
  const screen = pipeline[1];

  it("is null when nothing changed", () => {
    expect(stageChanges(screen, stageToDraft(screen))).toBeNull();
    expect(stageChanges(screen, { ...stageToDraft(screen), name: " Phone screen " })).toBeNull();
  });

  it("sends a rename trimmed", () => {
    expect(stageChanges(screen, { ...stageToDraft(screen), name: " Call " })).toEqual({ name: "Call" });
  });

  it("sends a new category and SLA", () => {
    expect(stageChanges(screen, { name: "Phone screen", category: "INTERVIEW", slaDays: 3 })).toEqual({ category: "INTERVIEW", slaDays: 3 });
  });

  it("sends 0 to clear an SLA, and an SLA for a stage that had none", () => {
    expect(stageChanges(screen, { ...stageToDraft(screen), slaDays: "" })).toEqual({ slaDays: 0 });
    expect(stageChanges(pipeline[0], { ...stageToDraft(pipeline[0]), slaDays: 2 })).toEqual({ slaDays: 2 });
  });
});

describe("removalBlocker", () => {
  it("lets an ordinary stage go", () => {
    expect(removalBlocker(pipeline, "interview")).toBeNull();
  });

  it("keeps the only HIRED and the only REJECTED stage", () => {
    expect(removalBlocker(pipeline, "hired")).toBe("A pipeline needs a Hired stage");
    expect(removalBlocker(pipeline, "rejected")).toBe("A pipeline needs a Rejected stage");
  });

  it("lets a second REJECTED stage go", () => {
    const withTwo = [...pipeline, { id: "withdrawn", name: "Not interested", category: "REJECTED" as const, slaDays: null }];
    expect(removalBlocker(withTwo, "rejected")).toBeNull();
  });

  it("keeps at least two stages, and refuses an unknown one", () => {
    expect(removalBlocker(pipeline.slice(3), "hired")).toBe("A pipeline needs at least two stages");
    expect(removalBlocker(pipeline, "nope")).not.toBeNull();
  });
});

describe("categoryChangeBlocker", () => {
  it("lets an ordinary stage change category", () => {
    expect(categoryChangeBlocker(pipeline, "screen", "INTERVIEW")).toBeNull();
    expect(categoryChangeBlocker(pipeline, "screen", "REJECTED")).toBeNull();
  });

  it("keeps the only HIRED stage HIRED", () => {
    expect(categoryChangeBlocker(pipeline, "hired", "OFFER")).toBe("This is the pipeline's only Hired stage");
  });

  it("allows keeping the same category", () => {
    expect(categoryChangeBlocker(pipeline, "hired", "HIRED")).toBeNull();
  });
});

describe("removalTargets", () => {
  it("defaults to the stage before, and offers every other stage with outcomes last", () => {
    const { options, defaultId } = removalTargets(pipeline, "interview");
    expect(defaultId).toBe("screen");
    expect(options.map((stage) => stage.id)).toEqual(["sourced", "screen", "hired", "rejected"]);
  });

  it("defaults to the stage after for the first stage", () => {
    expect(removalTargets(pipeline, "sourced").defaultId).toBe("screen");
  });

  it("never defaults to an outcome while another stage is left", () => {
    const outcomesFirst: StageItem[] = [pipeline[3], pipeline[1], pipeline[4]];
    expect(removalTargets(outcomesFirst, "rejected").defaultId).toBe("screen");
  });

  it("defaults to an outcome when nothing else is left", () => {
    expect(removalTargets([pipeline[2], pipeline[3]], "interview").defaultId).toBe("hired");
  });
});

describe("defaultNewStagePosition", () => {
  it("puts a new stage before the outcomes", () => {
    expect(defaultNewStagePosition(pipeline)).toBe(3);
  });

  it("puts a new stage last without outcomes", () => {
    expect(defaultNewStagePosition(pipeline.slice(0, 3))).toBe(3);
    expect(defaultNewStagePosition([])).toBe(0);
  });
});

describe("canAddStage", () => {
  it("stops at the pipeline's stage limit", () => {
    const full = Array.from({ length: LIMITS.stagesPerPipeline }, (_, index) => ({ ...pipeline[0], id: `s${index}` }));
    expect(canAddStage(pipeline)).toBe(true);
    expect(canAddStage(full)).toBe(false);
  });
});
