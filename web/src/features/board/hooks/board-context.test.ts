import { ColumnOrders } from "./board-context";

describe("ColumnOrders", () => {
  it("gives back what a column published last", () => {
    const orders = new ColumnOrders();
    orders.publish("lead", ["a", "b"]);
    orders.publish("lead", ["b", "a"]);
    expect(orders.get("lead")).toEqual(["b", "a"]);
  });

  it("gives an empty list for a column that has not published", () => {
    expect(new ColumnOrders().get("nope")).toEqual([]);
  });
});
