/**
 * Reads as strict as Excel's for the Excel double (test/support/fake-excel.ts): a property read
 * before `load` + `sync` throws PropertyNotLoaded (InvalidObjectPath on a null object), where
 * office-addin-mock would hand back an error string.
 */
import { OfficeMockObject } from "office-addin-mock";
import { FakeExcelError, MOCK_ERRORS, MOCK_METHODS } from "./fake-sheet";
import type { Placed } from "./fake-excel-batch";

/** Wraps mocks in proxies that throw on a too-early read, once per mock. */
export class StrictReads {
  private readonly proxies = new WeakMap<object, object>();

  /** `geometry` tells range mocks apart (they are strict too) and learns where each proxy lies. */
  constructor(private readonly geometry: WeakMap<object, Placed>) {}

  /**
   * Excel's proxy objects throw PropertyNotLoaded when a property is read before load + sync;
   * office-addin-mock returns an error string instead. This wraps a mock (and every mock reached
   * through it) so that such a read throws, as in Excel.
   */
  wrap<T extends object>(mock: T): T {
    const known = this.proxies.get(mock);
    if (known) return known as T;
    const proxy = new Proxy(mock, {
      get: (target, property, receiver) => {
        const value = Reflect.get(target, property, receiver);
        if (typeof value === "string" && MOCK_ERRORS.has(value)) {
          if ((target as { isNullObject?: boolean }).isNullObject === true) {
            throw new FakeExcelError("InvalidObjectPath", `The object is a null object; '${String(property)}' cannot be read.`, "");
          }
          throw new FakeExcelError(
            "PropertyNotLoaded",
            `The property '${String(property)}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
            String(property),
          );
        }
        // office-addin-mock's own methods run on the raw object, so their internal reads are not checked.
        if (typeof value === "function" && typeof property === "string" && MOCK_METHODS.has(property)) return value.bind(target);
        // The workbook's own methods (getRange, tables.add…) return objects that must be as strict.
        if (typeof value === "function") return (...args: unknown[]) => this.result(value.apply(target, args));
        return this.result(value);
      },
    });
    this.proxies.set(mock, proxy);
    const geometry = this.geometry.get(mock);
    if (geometry) this.geometry.set(proxy, geometry);
    return proxy;
  }

  private result(value: unknown): unknown {
    return value instanceof OfficeMockObject || (typeof value === "object" && value !== null && this.geometry.has(value))
      ? this.wrap(value)
      : value;
  }
}
